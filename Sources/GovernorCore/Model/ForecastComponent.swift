/// One thing the forecaster predicts a failure of, and how it reads that from the series: a level projected
/// along its trend or its season until it crosses a limit, or an error budget spent at its current burn rate.
public struct ForecastComponent: Hashable, Sendable {
    /// The value at which the component counts as failed.
    public enum Limit: Hashable, Sendable {
        /// Fails when the value drops to or below this (free bytes, a compliance index).
        case below(Double)
        /// Fails when the value rises to or above this (a breach severity, a queue length).
        case above(Double)

        public func isBreached(by value: Double) -> Bool {
            switch self {
            case .below(let limit): value <= limit
            case .above(let limit): value >= limit
            }
        }

        public var threshold: Double {
            switch self {
            case .below(let limit), .above(let limit): limit
            }
        }
    }

    public enum Signal: Hashable, Sendable {
        /// A least-squares line over the lookback, extended until it crosses the limit (`predict_linear`'s fit).
        case trend(PolicyExpression, limit: Limit)
        /// Seasonal naive: the value `season` ago at each instant ahead is the prediction for that instant. For
        /// daily-shaped series such as traffic and payments.
        case seasonal(PolicyExpression, limit: Limit, season: Int64)
        /// An SLO's error budget: the remaining fraction, spent at the burn rate, lasts `remaining ÷ burn rate`
        /// SLO windows.
        case errorBudget(remaining: PolicyExpression, burnRate: PolicyExpression, window: Int64)

        /// Every expression the signal reads, for the rule graph.
        public var expressions: [PolicyExpression] {
            switch self {
            case .trend(let expression, _), .seasonal(let expression, _, _): [expression]
            case .errorBudget(let remaining, let burnRate, _): [remaining, burnRate]
            }
        }
    }

    public var name: String
    public var signal: Signal
    public var location: SourceLocation

    public init(name: String, signal: Signal, location: SourceLocation) {
        self.name = name
        self.signal = signal
        self.location = location
    }
}
