import GovernorCore
import GovernorQuery
import GovernorRuntime

/// The text `dry-run` prints: a summary line, then each state change in time order with, under the ones that
/// notify, the receivers and the text they would get; rule failures at the end.
enum DryRunText {
    static func render(_ report: ReplayReport) -> String {
        let changes = visible(report.stateChanges)
        var lines = [
            "Replayed \(ReplayText.time(report.from)) to \(ReplayText.time(report.to)) every "
                + "\(PrometheusDuration.format(report.step)): \(count(changes.count, "state change")), "
                + "\(count(report.notifications.count, "notification")).",
            "",
        ]
        var pending = report.notifications[...]
        for change in changes {
            lines.append(
                "\(ReplayText.time(change.time))  \(change.alertName)  \(change.state)  "
                    + "value=\(ReplayText.value(change.value))  \(shown(change.labels))")
            guard let notification = pending.first, notification.matches(change) else { continue }
            pending = pending.dropFirst()
            lines += notificationLines(notification)
        }
        if changes.isEmpty { lines.append("No alert changed state.") }
        lines += failureLines(report.failures)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The changes worth a line, as `governor run` prints them: an alert with no `for` that becomes pending and
    /// fires at the same instant is shown firing only. (`--format json` keeps both transitions.)
    static func visible(_ changes: [ReplayStateChange]) -> [ReplayStateChange] {
        let firedAt = Set(changes.filter { $0.change == .fired }.map { "\($0.time) \($0.labels)" })
        return changes.filter { $0.change != .activated || !firedAt.contains("\($0.time) \($0.labels)") }
    }

    static func notificationLines(_ notification: ReplayNotification) -> [String] {
        var lines: [String] = []
        if !notification.suppressedBecause.isEmpty {
            lines.append(
                "  not sent (\(notification.status.rawValue)): \(notification.suppressedBecause.joined(separator: "; "))"
            )
        } else if notification.deliveries.isEmpty {
            lines.append("  would notify (\(notification.status.rawValue)): no routing configured")
        } else {
            lines.append(
                "  would notify \(notification.receivers.joined(separator: ", ")) (\(notification.status.rawValue))")
        }
        for name in notification.annotations.keys.sorted() {
            let text = notification.annotations[name]!.split(separator: "\n", omittingEmptySubsequences: false)
            lines.append("    \(name): \(text.first ?? "")")
            lines += text.dropFirst().map { "      \($0)" }
        }
        return lines
    }

    /// Each failing rule once, with when it first failed and how often.
    private static func failureLines(_ failures: [ReplayReport.RuleFailure]) -> [String] {
        guard !failures.isEmpty else { return [] }
        var order: [String] = []
        var seen: [String: (first: ReplayReport.RuleFailure, count: Int)] = [:]
        for failure in failures {
            let key = "\(failure.group)\u{0}\(failure.rule)\u{0}\(failure.message)"
            if let entry = seen[key] {
                seen[key] = (entry.first, entry.count + 1)
            } else {
                seen[key] = (failure, 1)
                order.append(key)
            }
        }
        return ["", "Rule failures:"]
            + order.map { key in
                let (first, times) = seen[key]!
                return "  \(first.group)/\(first.rule): \(first.message) (first at \(ReplayText.time(first.time)), "
                    + "\(count(times, "time")))"
            }
    }

    /// The alert's labels without `alertname`, which the line already shows.
    static func shown(_ labels: Labels) -> String { labels.removing(["alertname"]).description }

    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}

extension ReplayNotification {
    /// Whether this notification is the one `change` caused.
    func matches(_ change: ReplayStateChange) -> Bool {
        time == change.time && alertName == change.alertName && labels == change.labels
            && (change.change == .fired || change.change == .resolved)
    }
}
