public import GovernorCore

extension ReceiverConfiguration {
    /// Whether any integration delivers resolved alerts. Each notifier still drops resolved alerts itself when
    /// its own `send_resolved` is off; this only decides whether a notification is worth queueing at all.
    public var wantsResolved: Bool {
        integrations.contains { integration in
            switch integration {
            case .telegram(let settings): settings.sendResolved
            case .notion(let settings): settings.sendResolved
            case .webhook(let settings): settings.sendResolved
            case .alertmanager, .log, .stdout: true
            }
        }
    }
}
