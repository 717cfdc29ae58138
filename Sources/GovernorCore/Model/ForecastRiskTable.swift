/// How a forecast's findings map to a risk level. CRITICAL when a burn rate reaches `criticalBurnRate` or a
/// failure is projected within `criticalWithin`; HIGH for `highBurnRate` or `highWithin`; MEDIUM when a failure
/// is projected anywhere within the horizon; LOW otherwise. The defaults are the SRE workbook's page thresholds
/// (14.4 spends 2% of a 30-day budget in an hour, 6 spends 5% in six hours).
public struct ForecastRiskTable: Hashable, Sendable {
    public var criticalBurnRate: Double
    /// Milliseconds.
    public var criticalWithin: Int64
    public var highBurnRate: Double
    /// Milliseconds.
    public var highWithin: Int64

    public init(
        criticalBurnRate: Double = 14.4, criticalWithin: Int64 = 3_600_000, highBurnRate: Double = 6,
        highWithin: Int64 = 6 * 3_600_000
    ) {
        self.criticalBurnRate = criticalBurnRate
        self.criticalWithin = criticalWithin
        self.highBurnRate = highBurnRate
        self.highWithin = highWithin
    }
}
