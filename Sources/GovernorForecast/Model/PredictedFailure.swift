/// One component the forecast expects to fail.
public struct PredictedFailure: Sendable, Hashable, Codable {
    /// One of the forecast's declared components.
    public var component: String
    /// Hours from the forecast's time; nil when the component is at risk (a fast burn rate) but no failure is
    /// projected within the horizon.
    public var withinHours: Double?
    /// 0...1.
    public var confidence: Double
    public var reason: String

    public init(component: String, withinHours: Double?, confidence: Double, reason: String) {
        self.component = component
        self.withinHours = withinHours
        self.confidence = confidence
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case component, confidence, reason
        case withinHours = "within_hours"
    }
}
