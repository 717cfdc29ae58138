public import GovernorCore
public import GovernorEngine
import GovernorQuery

/// Shows what a receiver that cannot deliver yet (its token is not set) would have been sent, as the text a
/// person would read, so a newcomer running the daemon without keys still sees every notification.
struct PreviewNotifier: Notifier {
    let name: String
    let write: @Sendable (String) -> Void

    func send(_ notification: GroupNotification) async throws(NotifierError) {
        let alertNames = Set(notification.alerts.compactMap { $0.labels["alertname"] }).sorted()
        var lines = [
            "  → \(name) would receive (\(notification.status.rawValue), \(alertNames.joined(separator: ", "))):"
        ]
        for alert in notification.alerts {
            let summary = alert.annotations["summary"].map { ": \($0)" } ?? ""
            lines.append("    • \(alert.labels["alertname"] ?? "alert") \(alert.status.rawValue)\(summary)")
        }
        lines += GovernanceAlertText.render(notification).split(separator: "\n", omittingEmptySubsequences: false)
            .map { "    \($0)" }
        write(lines.joined(separator: "\n"))
    }
}

extension ReceiverFactory {
    /// A notifier that prints what `receiver` would be sent instead of sending it.
    public func previewNotifier(for receiver: ReceiverConfiguration) -> any Notifier {
        PreviewNotifier(name: receiver.name, write: standardOutput)
    }
}
