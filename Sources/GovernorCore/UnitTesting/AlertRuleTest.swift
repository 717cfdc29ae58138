/// `alert_rule_test`: the alerts of one name that must be firing at `evalTime`, no more and no fewer.
public struct AlertRuleTest: Hashable, Sendable {
    public var evalTime: Int64
    public var alertName: String
    public var expectedAlerts: [ExpectedAlert]

    public init(evalTime: Int64, alertName: String, expectedAlerts: [ExpectedAlert]) {
        self.evalTime = evalTime
        self.alertName = alertName
        self.expectedAlerts = expectedAlerts
    }
}

/// One firing alert a test expects: its labels (without `alertname`, which the runner adds) and its
/// expanded annotations.
public struct ExpectedAlert: Hashable, Sendable {
    public var labels: [String: String]
    public var annotations: [String: String]

    public init(labels: [String: String] = [:], annotations: [String: String] = [:]) {
        self.labels = labels
        self.annotations = annotations
    }
}
