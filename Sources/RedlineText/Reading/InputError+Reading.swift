#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import RedlineCore

/// The messages `DocumentReader` gives, in one place so their wording stays consistent.
/// None of them quotes article text.
extension InputError {
    static func empty(_ input: String, line: Int? = nil, whiteSpace: Bool = false) -> InputError {
        InputError(.empty, input: input, line: line,
                   message: whiteSpace ? "empty input (only white space)" : "empty input")
    }

    static func tooLarge(_ input: String, size: Int, limit: Int) -> InputError {
        InputError(.tooLarge, input: input,
                   message: "\(ByteCount.describe(size)) is over the \(ByteCount.describeLimit(limit)) document limit (see --max-document-size)")
    }

    /// For standard input and other streams whose size is not known in advance.
    static func streamTooLarge(_ input: String, limit: Int) -> InputError {
        InputError(.tooLarge, input: input,
                   message: "more than the \(ByteCount.describeLimit(limit)) document limit (see --max-document-size)")
    }

    static func lineTooLarge(_ input: String, line: Int, size: Int, limit: Int) -> InputError {
        InputError(.tooLarge, input: input, line: line,
                   message: "line of \(ByteCount.describe(size)) is over the \(ByteCount.describeLimit(limit)) document limit (see --max-document-size)")
    }

    static func tooDeep(_ input: String, line: Int? = nil, limit: Int) -> InputError {
        InputError(.tooDeep, input: input, line: line, message: "too deeply nested (over \(limit) levels)")
    }

    static func unreadable(_ input: String, errno code: Int32) -> InputError {
        InputError(.unreadable, input: input, message: "cannot read: \(System.describe(code))")
    }

    /// A symbolic link met in a directory whose target cannot be reached.
    static func badLink(_ input: String, errno code: Int32) -> InputError {
        let what = code == ELOOP ? "a loop of symbolic links" : code == ENOENT ? "a dangling symbolic link (its target does not exist)"
            : "a symbolic link whose target cannot be read (\(System.describe(code)))"
        return InputError(.unreadable, input: input, message: "skipped: \(what)")
    }
}
