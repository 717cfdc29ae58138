public import GovernorCore
public import GovernorQuery

/// An alert as rule evaluation hands it to the notification pipeline: firing, or resolved at a time.
public struct PipelineAlert: Hashable, Sendable {
    /// The alerting rule that produced it.
    public var ruleName: String
    public var alert: NotificationAlert

    public init(ruleName: String, alert: NotificationAlert) {
        self.ruleName = ruleName
        self.alert = alert
    }

    /// As Prometheus's `sendAlerts` builds an Alertmanager alert: it starts when it fired, ends when it resolved,
    /// and while firing is valid until `validUntil` (the resend window).
    public init(_ instance: AlertInstance, ruleName: String, generatorURL: String = "") {
        let resolved = instance.resolvedAt != nil
        self.init(
            ruleName: ruleName,
            alert: NotificationAlert(
                status: resolved ? .resolved : .firing, labels: instance.labels, annotations: instance.annotations,
                startsAt: instance.firedAt ?? instance.activeAt,
                endsAt: resolved ? instance.resolvedAt : instance.validUntil, generatorURL: generatorURL,
                fingerprint: AlertFingerprint.of(instance.labels)))
    }

    public var labels: Labels { alert.labels }
    public var fingerprint: String { alert.fingerprint }
    public var isResolved: Bool { alert.status == .resolved }
}
