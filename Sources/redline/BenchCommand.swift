import ArgumentParser
import Dispatch
import Foundation
import RedlineCore
import RedlineExtract
import RedlineText

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure extraction speed and memory on a corpus, and check the output against a normal run.",
        discussion: """
            Reads the inputs once into memory, then times the whole extraction (segmentation, \
            recognition, coding, JSON encoding) over them on one core, and with --jobs N on N \
            threads. Prints documents/s, sentences/s, MB/s of input text and peak resident memory, \
            and checks that every timed run produced byte-for-byte the output of a plain \
            `redline extract` pass.

            Example:
              redline bench ../shared/corpus/bench/reuters21578.jsonl --repeat 3
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("repeat"), help: "Timed passes over the corpus.")
    var passes: Int = 1

    @Option(help: "Threads for a parallel pass (0: none).")
    var jobs: Int = 0

    @Option(help: "Use at most this many documents.")
    var limit: Int?

    @Argument(help: "Corpus files or directories.")
    var inputs: [String]

    func run() throws {
        let pipeline = try input.pipeline()
        var documents = [Document]()
        let reader = DocumentReader(configuration: input.readerConfiguration)
        for name in inputs {
            reader.read(name) { result in
                if case .success(let d) = result, limit.map({ documents.count < $0 }) ?? true { documents.append(d) }
                if case .failure(let error) = result { Diagnostics.report(error) }
            }
        }
        guard !documents.isEmpty else { throw CLIError("no documents to measure") }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        print("corpus: \(documents.count) documents, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB of text")

        // The reference: what `redline extract` prints for these documents.
        var reference = OutputDigest()
        var writer = ExtractionWriter(format: .jsonl) { reference.add($0) }
        for d in documents { try writer.write(pipeline.run(d).extraction()) }
        try writer.flush()

        for pass in 1...max(1, passes) {
            var digest = OutputDigest()
            var sentences = 0, parsed = 0
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = CPUTime.seconds()
            var timed = ExtractionWriter(format: .jsonl) { digest.add($0) }
            for d in documents {
                let annotated = pipeline.run(d)
                sentences += annotated.text.sentences.count
                parsed += annotated.syntax?.parsedCount ?? 0
                try timed.write(annotated.extraction())
            }
            try timed.flush()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let cpu = CPUTime.seconds() - cpuStart
            report("pass \(pass), 1 core", documents.count, sentences, bytes, seconds, same: digest == reference)
            // CPU time is what one core spent, whatever else the machine was doing meanwhile.
            print(String(format: "  cpu time %.2f s: %.2f MB/s per core; %d of %d sentences parsed (%.0f%%)", cpu,
                         Double(bytes) / 1_048_576 / cpu, parsed, sentences, 100 * Double(parsed) / Double(max(sentences, 1))))
            guard digest == reference else { throw CLIError("the timed output differs from a normal run's") }
        }
        if jobs > 1 {
            let start = DispatchTime.now().uptimeNanoseconds
            let results = ParallelExtraction(pipeline: pipeline, jobs: jobs).run(documents)
            var digest = OutputDigest()
            var writer = ExtractionWriter(format: .jsonl) { digest.add($0) }
            var sentences = 0
            for r in results {
                sentences += r.document.sentences
                try writer.write(r)
            }
            try writer.flush()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            report("\(jobs) threads", documents.count, sentences, bytes, seconds, same: digest == reference)
            guard digest == reference else { throw CLIError("the parallel output differs from a normal run's") }
        }
        print("peak memory: \(String(format: "%.1f", Double(PeakMemory.residentBytes()) / 1_048_576)) MB resident")
    }

    private func report(_ label: String, _ docs: Int, _ sentences: Int, _ bytes: Int, _ seconds: Double, same: Bool) {
        print(String(format: "%@: %.2f s, %.0f documents/s, %.0f sentences/s, %.2f MB/s, output %@",
                     label, seconds, Double(docs) / seconds, Double(sentences) / seconds,
                     Double(bytes) / 1_048_576 / seconds, same ? "identical to a normal run" : "DIFFERENT"))
    }
}

/// A running FNV-1a digest of output bytes, with their count.
struct OutputDigest: Equatable {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var count = 0

    mutating func add(_ bytes: [UInt8]) {
        var h = hash
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        hash = h
        count += bytes.count
    }
}

/// Extraction of many documents on several threads, results in input order.
struct ParallelExtraction: Sendable {
    let pipeline: Pipeline
    let jobs: Int

    func run(_ documents: [Document]) -> [Extraction] {
        let box = ResultBox(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            var i = worker
            while i < documents.count {
                box.set(i, pipeline.run(documents[i]).extraction())
                i += jobs
            }
        }
        return box.values()
    }

    private final class ResultBox: @unchecked Sendable {
        private var slots: [Extraction?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: Extraction) { lock.lock(); slots[i] = value; lock.unlock() }
        func values() -> [Extraction] { slots.map { $0! } }
    }
}

/// User and system CPU time of this process so far.
enum CPUTime {
    static func seconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }
}

/// Peak resident memory of this process.
enum PeakMemory {
    static func residentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #if os(Linux)
        return usage.ru_maxrss * 1024
        #else
        return usage.ru_maxrss
        #endif
    }
}
