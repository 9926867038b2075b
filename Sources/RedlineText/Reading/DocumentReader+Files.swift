import RedlineCore

/// Files, directories and standard input.
extension DocumentReader {
    /// The extensions of files read from a directory (files without an extension are read too).
    public static let directoryExtensions: Set<String> = [
        "txt", "text", "html", "htm", "xhtml", "xml", "rss", "atom", "feed", "jsonl", "ndjson", "json",
    ]

    func readFile(_ path: String, _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        switch System.openForReading(path) {
        case .failure(let error):
            try handle(.failure(.unreadable(path, errno: error.code)))
        case .success(let fd):
            defer { System.closeFile(fd) }
            try readDescriptor(fd, name: path, handle)
        }
    }

    /// Reads an open file or stream; the size is trusted only for regular files.
    func readDescriptor(_ fd: Int32, name: String, _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        var size: Int?
        switch System.status(fd: fd) {
        case .failure(let error):
            return try handle(.failure(.unreadable(name, errno: error.code)))
        case .success(let status) where status.kind == .directory:
            return try handle(.failure(.unreadable(name, errno: 21)))  // EISDIR
        case .success(let status):
            if status.kind == .regular { size = status.size }
        }
        try read(ByteSource(fd: fd, prefix: []), name: name, size: size, handle)
    }

    /// Reads a directory tree in path order. Symbolic links to files are followed; links to
    /// directories are not, so a link cycle cannot make the walk endless.
    func readDirectory(_ root: String, _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        var entries: [(path: String, error: InputError?)] = []
        var pending = [root]
        while let directory = pending.popLast() {
            switch System.listDirectory(directory) {
            case .failure(let error):
                entries.append((directory, .unreadable(directory, errno: error.code)))
            case .success(let names):
                for name in names where !name.hasPrefix(".") {
                    let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                    let followed = System.status(path: path)
                    guard case .success(let status) = followed else {
                        if case .failure(let error) = System.status(path: path, follow: false) {
                            entries.append((path, .unreadable(path, errno: error.code)))
                        } else if case .failure(let error) = followed {
                            // A link is there, but what it points to is not: say so rather than skip it.
                            entries.append((path, .badLink(path, errno: error.code)))
                        }
                        continue
                    }
                    if status.kind == .directory {
                        if !System.isSymbolicLink(path) { pending.append(path) }
                    } else if status.kind == .regular, Self.isReadable(name: name) {
                        entries.append((path, nil))
                    }
                }
            }
        }
        entries.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        for (path, error) in entries {
            if let error { try handle(.failure(error)) } else { try readFile(path, handle) }
        }
    }

    static func isReadable(name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return true }
        return directoryExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
