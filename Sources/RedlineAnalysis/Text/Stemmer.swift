/// A crude suffix stripper for comparing trigger texts: plural and verb endings, demonyms
/// ("Ukrainian"/"Ukraine" → "ukrain", "Syrian"/"Syria" → "syr"), a final "e", then at most seven
/// letters ("deliveries"/"delivered" → "deliver"). Wrong for many words, but the same way for both
/// sides of a comparison, which is all word overlap needs. Works on bytes and returns the stem's
/// hash, without allocating: it runs over every candidate event's evidence.
enum Stemmer {
    static func stemHash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var n = p.count
        func ends(_ s: StaticString) -> Bool {
            let k = s.utf8CodeUnitCount
            guard n >= k else { return false }
            let suffix = s.utf8Start
            for i in 0..<k where p[n - k + i] != suffix[i] { return false }
            return true
        }
        func drop(_ k: Int, keeping minimum: Int) {
            if n - k >= minimum { n -= k }
        }
        if ends("ies"), n > 4 {
            // "deliveries" → "delivery": nothing below applies to a word ending in "y".
            return hash(p, count: n - 3, then: UInt8(ascii: "y"))
        }
        if ends("sses") {
            n -= 2
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is"), n > 3 {
            n -= 1
        }
        if ends("ing") { drop(3, keeping: 3) } else if ends("ed") { drop(2, keeping: 3) }
        if ends("ian") { drop(3, keeping: 3) } else if ends("ia") { drop(2, keeping: 3) } else if ends("ese") { drop(3, keeping: 3) }
        if ends("e") { drop(1, keeping: 3) }
        return hash(p, count: n, then: nil)
    }

    /// FNV-1a of the first seven bytes of `p[0..<count]` followed by `then`.
    private static func hash(_ p: UnsafeBufferPointer<UInt8>, count: Int, then last: UInt8?) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let limit = min(count, 7)
        for i in 0..<limit { h = (h ^ UInt64(p[i])) &* 0x0000_0100_0000_01b3 }
        if let last, count < 7 { h = (h ^ UInt64(last)) &* 0x0000_0100_0000_01b3 }
        return h
    }
}
