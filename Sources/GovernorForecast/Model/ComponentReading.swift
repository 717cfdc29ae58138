/// What the statistical reading of one component found at the forecast's time: the numbers behind its
/// prediction, shown to the language model and printed by `governor forecast`.
public struct ComponentReading: Sendable, Hashable, Codable {
    public enum Method: String, Sendable, Hashable, Codable {
        case trend
        case seasonal
        case errorBudget = "error_budget"
    }

    public var component: String
    public var method: Method
    /// The series the finding is about (the worst of several), without its metric name.
    public var series: [String: String]
    /// The fitted value now (trend), the value now (seasonal), or the remaining budget fraction (error budget).
    public var value: Double?
    /// Least-squares slope, per hour.
    public var slopePerHour: Double?
    public var burnRate: Double?
    /// The value at which the component fails.
    public var limit: Double?
    /// Hours until the failure is projected; 0 when it has failed already; nil when none is projected.
    public var hoursToFailure: Double?
    /// Why there is no projection (no samples, a query error).
    public var note: String?

    public init(
        component: String, method: Method, series: [String: String] = [:], value: Double? = nil,
        slopePerHour: Double? = nil, burnRate: Double? = nil, limit: Double? = nil, hoursToFailure: Double? = nil,
        note: String? = nil
    ) {
        self.component = component
        self.method = method
        self.series = series
        self.value = value
        self.slopePerHour = slopePerHour
        self.burnRate = burnRate
        self.limit = limit
        self.hoursToFailure = hoursToFailure
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case component, method, series, value, limit, note
        case slopePerHour = "slope_per_hour"
        case burnRate = "burn_rate"
        case hoursToFailure = "hours_to_failure"
    }
}
