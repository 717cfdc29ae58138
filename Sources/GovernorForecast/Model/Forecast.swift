/// What a forecaster concluded: the risk level and the failures behind it, soonest first.
public struct Forecast: Sendable, Hashable {
    public var risk: RiskLevel
    public var failures: [PredictedFailure]

    public init(risk: RiskLevel, failures: [PredictedFailure]) {
        self.risk = risk
        self.failures = failures.sorted {
            ($0.withinHours ?? .infinity, $0.component) < ($1.withinHours ?? .infinity, $1.component)
        }
    }
}
