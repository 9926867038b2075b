import Crypto

/// The signature a webhook receiver checks to know an alert came from this watch: the
/// HMAC-SHA256 of the exact body with the shared secret, in hex, sent as
/// `X-Redline-Signature: sha256=<hex>`.
///
/// ```swift
/// let header = WebhookSignature.header(body: Array(#"{"alert":"line"}"#.utf8), secret: Array("s3cret".utf8))
/// // "sha256=..."
/// ```
public enum WebhookSignature {
    public static let headerName = "X-Redline-Signature"

    /// The HMAC-SHA256 of `body` keyed with `secret`.
    public static func hmacSHA256(_ body: [UInt8], secret: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: secret)))
    }

    /// The header's value: `sha256=` and the lowercase hex of the HMAC.
    public static func header(body: [UInt8], secret: [UInt8]) -> String {
        "sha256=" + hex(hmacSHA256(body, secret: secret))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
