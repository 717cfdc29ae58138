/// The timing settings of one alerting rule, in milliseconds.
public struct AlertRuleConfiguration: Hashable, Sendable {
    public var alertName: String
    /// `for`: how long the condition must hold before pending turns firing.
    public var holdDuration: Int64
    /// `keep_firing_for`: how long a firing alert stays firing after its condition stops.
    public var keepFiringFor: Int64
    /// Whether a `clear` condition decides when a firing alert resolves (hysteresis).
    public var hasClearCondition: Bool
    /// Prometheus keeps resolved alerts this long so receivers hear about the resolution (15 min).
    public var resolvedRetention: Int64
    /// Prometheus's `--rules.alert.resend-delay` (1 min).
    public var resendDelay: Int64
    /// The group's evaluation interval, which bounds how long a sent alert stays valid.
    public var evaluationInterval: Int64
    /// Prometheus's rule `limit`: 0 means unlimited.
    public var limit: Int

    public init(
        alertName: String, holdDuration: Int64 = 0, keepFiringFor: Int64 = 0, hasClearCondition: Bool = false,
        resolvedRetention: Int64 = 15 * 60_000, resendDelay: Int64 = 60_000, evaluationInterval: Int64 = 60_000,
        limit: Int = 0
    ) {
        self.alertName = alertName
        self.holdDuration = holdDuration
        self.keepFiringFor = keepFiringFor
        self.hasClearCondition = hasClearCondition
        self.resolvedRetention = resolvedRetention
        self.resendDelay = resendDelay
        self.evaluationInterval = evaluationInterval
        self.limit = limit
    }
}
