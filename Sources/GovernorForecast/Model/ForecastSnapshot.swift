public import GovernorQuery

/// Everything a forecast reads at its time, as plain values: the statistical readings of its components and a
/// bounded summary of its inputs. Both forecasters work from it, so a language model sees exactly what the
/// statistical forecaster saw, and the digest names it.
public struct ForecastSnapshot: Sendable, Hashable, Codable {
    public var name: String
    public var time: Timestamp
    /// Milliseconds.
    public var horizon: Int64
    public var components: [ComponentReading]
    public var inputs: [InputSummary]

    public init(
        name: String, time: Timestamp, horizon: Int64, components: [ComponentReading], inputs: [InputSummary]
    ) {
        self.name = name
        self.time = time
        self.horizon = horizon
        self.components = components
        self.inputs = inputs
    }

    public var horizonHours: Double { Double(horizon) / 3_600_000 }

    /// FNV-1a over the canonical JSON of the readings and inputs (time left out, so equal inputs at two times
    /// digest alike): short, stable, and enough to tell runs apart in a log.
    public var digest: String {
        var copy = self
        copy.time = 0
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ForecastJSON.encode(copy).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
