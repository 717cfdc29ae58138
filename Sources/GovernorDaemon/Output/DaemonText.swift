import Foundation
public import GovernorCore
public import GovernorEngine
public import GovernorQuery
public import GovernorRuntime

/// The lines a person watching `governor run` in a terminal reads: one per alert state change, per
/// notification and per governance pass, each starting with the clock time.
public enum DaemonText {
    /// RFC 3339 in UTC, with milliseconds only when there are any.
    public static func time(_ timestamp: Timestamp) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions =
            timestamp % 1000 == 0 ? [.withInternetDateTime] : [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(timeIntervalSince1970: Double(timestamp) / 1000))
    }

    /// `FIRING    PaymentFailureRateHigh{component="finance"} = 0.083 (group governance)`.
    public static func stateChange(_ transition: AlertTransition, alert: String, group: String) -> String {
        let labels = transition.labels.removing(["alertname"])
        let word: String
        switch transition.change {
        case .activated: word = "PENDING"
        case .fired: word = "FIRING"
        case .resolved: word = "RESOLVED"
        case .cancelled: word = "CANCELLED"
        case .forgotten: word = "FORGOTTEN"
        }
        return "\(time(transition.at))  \(pad(word))\(alert)\(labels.isEmpty ? "" : labels.description) = "
            + "\(PrometheusNumberFormat.string(transition.value))  (group \(group))"
    }

    /// The transitions worth a line: an alert with no `for` that becomes pending and fires at the same instant is
    /// shown firing only.
    public static func visible(_ transitions: [AlertTransition]) -> [AlertTransition] {
        let firedNow = Set(transitions.filter { $0.change == .fired }.map { TransitionKey($0) })
        return transitions.filter { $0.change != .activated || !firedNow.contains(TransitionKey($0)) }
    }

    /// `GOVERNANCE  Status: BREACH  Compliance Index: 65/100  Breach Severity: 12.5%  Breaches: availability`.
    public static func governance(_ pass: GovernancePass) -> String {
        "\(time(pass.time))  \(pad("GOVERNANCE"))" + governanceFields(pass).joined(separator: "  ")
    }

    /// The pass's status, index, severity and breaches, each as `Name: value`.
    public static func governanceFields(_ pass: GovernancePass) -> [String] {
        var parts = ["Status: \(pass.status.rawValue)", "Compliance Index: \(index(pass.complianceIndex))"]
        if let severity = pass.maxSeverity { parts.append("Breach Severity: \(percent(severity))") }
        parts.append(
            pass.breaches.isEmpty
                ? "SLO Breaches: 0" : "Breaches: \(pass.breaches.map(\.objective).joined(separator: ", "))")
        return parts
    }

    /// The seed's governance report, one field per line, as `governor governance` prints it.
    public static func governanceReport(_ pass: GovernancePass) -> String {
        var lines = [
            "Status: \(pass.status.rawValue)", "Compliance Index: \(index(pass.complianceIndex))",
            "SLO Breaches: \(pass.breaches.count)",
        ]
        if let severity = pass.maxSeverity { lines.append("Breach Severity: \(percent(severity))") }
        lines += pass.breaches.map { "  \($0.objective): \(percent($0.severity)) below target" }
        return lines.joined(separator: "\n") + "\n"
    }

    static func index(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "unknown (no data yet)" }
        return "\(Int(value.rounded()))/100"
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.1f%%", value)
    }

    static func pad(_ word: String) -> String {
        word.padding(toLength: max(10, word.count + 1), withPad: " ", startingAt: 0)
    }

    private struct TransitionKey: Hashable {
        var labels: Labels
        var at: Timestamp

        init(_ transition: AlertTransition) {
            labels = transition.labels
            at = transition.at
        }
    }
}

extension DaemonText {
    /// `NOTIFY    telegram  queued (first notification)`; nil for flushes a person need not see (nothing new).
    public static func flush(_ record: FlushRecord) -> String? {
        let head = "\(time(record.time))  \(pad("NOTIFY"))\(record.receiver)  "
        switch record.outcome {
        case .sent(let reason, _):
            return head + "queued (\(reason.rawValue)) for \(record.groupKey)"
        case .muted(let reason):
            return head + "muted: \(reason)"
        case .allSuppressed:
            let reasons = record.suppressed.flatMap(\.reasons)
            return head + "suppressed: \(Set(reasons).sorted().joined(separator: "; "))"
        case .skipped, .resolvedNotWanted:
            return nil
        }
    }
}
