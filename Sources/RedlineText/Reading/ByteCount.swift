/// Sizes as a person reads them in error messages: `200.0 MB`, `12.5 KB`, `300 bytes`.
/// MB here are mebibytes, which is what `32 << 20` means to the person who configured it.
enum ByteCount {
    static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return tenths(bytes, 1 << 20) + " MB" }
        if bytes >= 1 << 10 { return tenths(bytes, 1 << 10) + " KB" }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }

    /// A limit is usually a round number: `32 MB`, not `32.0 MB`.
    static func describeLimit(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return describe(bytes)
    }

    private static func tenths(_ bytes: Int, _ unit: Int) -> String {
        let t = (bytes.multipliedReportingOverflow(by: 10).partialValue + unit / 2) / unit
        return "\(t / 10).\(t % 10)"
    }
}
