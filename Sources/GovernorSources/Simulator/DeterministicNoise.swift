/// Noise that is a pure function of (seed, series, step): the same three numbers always give the same value, in
/// every process, so a restarted simulator reproduces what it produced before. Swift's `Hasher` is seeded per
/// process, so series are keyed with FNV-1a and values drawn with SplitMix64 instead.
struct DeterministicNoise: Sendable, Hashable {
    let seed: UInt64

    /// A uniform value in [0, 1) for one series at one step.
    func unit(series: UInt64, step: Int64) -> Double {
        let mixed = Self.splitMix(seed ^ Self.splitMix(series &+ Self.splitMix(UInt64(bitPattern: step))))
        // The top 53 bits fill a Double's mantissa exactly.
        return Double(mixed >> 11) / Double(UInt64(1) << 53)
    }

    /// A uniform value in [-1, 1).
    func signed(series: UInt64, step: Int64) -> Double { unit(series: series, step: step) * 2 - 1 }

    /// A stable 64-bit key for a series, from its text (FNV-1a over the UTF-8 bytes).
    static func key(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// SplitMix64's finaliser: every input bit affects every output bit.
    private static func splitMix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
