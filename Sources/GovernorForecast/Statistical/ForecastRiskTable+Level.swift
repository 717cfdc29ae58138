public import GovernorCore

extension ForecastRiskTable {
    /// The level one finding earns: a burn rate at or above a threshold, or a failure projected within a time.
    public func level(hoursToFailure: Double?, burnRate: Double?, horizon: Int64) -> RiskLevel {
        let milliseconds = hoursToFailure.map { $0 * 3_600_000 }
        if let burnRate, burnRate >= criticalBurnRate { return .critical }
        if let milliseconds, milliseconds <= Double(criticalWithin) { return .critical }
        if let burnRate, burnRate >= highBurnRate { return .high }
        if let milliseconds, milliseconds <= Double(highWithin) { return .high }
        if let milliseconds, milliseconds <= Double(horizon) { return .medium }
        return .low
    }
}
