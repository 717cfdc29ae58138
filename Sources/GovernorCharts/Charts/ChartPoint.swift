/// One value of a series at one time (milliseconds since the Unix epoch). A non-finite value is a gap: the line
/// breaks there instead of pretending the series was there.
public struct ChartPoint: Sendable, Hashable {
    public var time: Int64
    public var value: Double

    public init(time: Int64, value: Double) {
        self.time = time
        self.value = value
    }
}
