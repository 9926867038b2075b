import CFuzzDriver
import RedlineCore
import RedlineExtract
import RedlineText

/// The standard pipeline, loaded once: the lexicon takes a moment.
private let pipeline: Pipeline = {
    do {
        return try Pipeline.standard(lexicon: Lexicon.builtIn())
    } catch {
        fatalError("the fuzz target cannot load the pipeline: \(error)")
    }
}()

/// The formats an input's first byte picks from: told from the content, or forced.
private let formats: [InputFormat?] = [nil, .text, .html, .feed, .jsonl]

/// libFuzzer's entry: the first byte picks the reader, the rest is the input. Every document read
/// goes through the whole extraction pipeline and is turned into its stored form, as `extract`
/// and `ingest` do. Errors are fine; a trap, a hang or a blow-up of memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let data, count > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    var configuration = ReaderConfiguration(inputFormat: formats[Int(bytes[0]) % formats.count])
    configuration.maxDocumentBytes = 1 << 20
    DocumentReader(configuration: configuration).read(bytes: Array(bytes.dropFirst()), name: "fuzz") { result in
        if case .success(let document) = result {
            _ = pipeline.run(document).extraction(includeText: true)
        }
    }
    return 0
}

/// The entry point: SwiftPM points `main` at `FuzzReaders_main`, which hands over to libFuzzer.
@_cdecl("FuzzReaders_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    // The syntax model loads on the first sentence that needs a parse; load it now, so that its
    // seconds are not charged to the first input (libFuzzer's -timeout).
    _ = pipeline.run(Document(source: "warm-up", text: "Russia warned NATO that any attack would be met with a response."))
    return LLVMFuzzerRunDriver(&argc, &argv) { data, count in fuzzReaders(data, count) }
}
