import Foundation
import GovernorCore
import GovernorQuery
import GovernorRuntime

/// The text `explain` prints: the verdict, the threshold with the measured values, each instance's timers, and
/// the graph path indented by depth.
enum ExplainText {
    static func render(_ explanation: AlertExplanation) -> String {
        let rule = explanation.rule
        var lines = [
            "\(explanation.alertName) at \(ReplayText.time(explanation.time)): \(explanation.verdict.rawValue)"
        ]
        let evaluated =
            explanation.lastEvaluation.map { "last evaluated \(ReplayText.time($0))" } ?? "not evaluated yet"
        lines.append("  rule: \(oneLine(rule.expr.text))  (group \(explanation.group), \(evaluated))")
        lines += thresholdLines(explanation)
        lines.append(
            "  for: \(duration(rule.forDuration))  keep_firing_for: \(duration(rule.keepFiringFor))  clear: "
                + (rule.clear.map { oneLine($0.text) } ?? "none (resolves as soon as the condition stops)"))
        lines += instanceLines(explanation)
        lines.append("")
        lines.append("Path (the alert, then what it reads):")
        for entry in explanation.path {
            let indent = String(repeating: "  ", count: entry.depth + 1)
            let group = entry.node.group.map { " [\($0)]" } ?? ""
            lines.append("\(indent)\(entry.node.kind.rawValue) \(entry.node.name)\(group)")
            if entry.node.kind == .alert { continue }
            if entry.values.isEmpty { lines.append("\(indent)  (no value)") }
            for sample in entry.values {
                lines.append("\(indent)  \(sample.labels) \(ReplayText.value(sample.value))")
            }
            if entry.omitted > 0 { lines.append("\(indent)  … and \(entry.omitted) more series") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func thresholdLines(_ explanation: AlertExplanation) -> [String] {
        guard let threshold = explanation.threshold else {
            return ["  threshold: none; the alert holds wherever the whole expression returns a result"]
                + explanation.measured.map { "    \($0.labels) \(ReplayText.value($0.value))" }
        }
        var lines = ["  threshold: \(threshold.measured) \(threshold.text)"]
        if explanation.measured.isEmpty {
            lines.append("    no value: nothing to compare, so the condition does not hold")
        }
        for sample in explanation.measured {
            let verdict = threshold.holds(for: sample.value) ? "holds" : "does not hold"
            lines.append("    \(sample.labels) \(ReplayText.value(sample.value))  → \(verdict)")
        }
        return lines
    }

    private static func instanceLines(_ explanation: AlertExplanation) -> [String] {
        guard !explanation.instances.isEmpty else { return ["  instances: none"] }
        return explanation.instances.map { timer in
            let alert = timer.alert
            var parts = ["\(alert.state.rawValue)", "active since \(ReplayText.time(alert.activeAt))"]
            if let firesAt = timer.firesAt { parts.append("fires at \(ReplayText.time(firesAt)) if it still holds") }
            if let firedAt = alert.firedAt, alert.state == .firing {
                parts.append("firing since \(ReplayText.time(firedAt))")
            }
            if let resolvedAt = alert.resolvedAt { parts.append("resolved at \(ReplayText.time(resolvedAt))") }
            if let until = timer.keepsFiringUntil, explanation.rule.keepFiringFor > 0 {
                parts.append("kept firing until \(ReplayText.time(until))")
            }
            if let clear = timer.clearHolds {
                parts.append(clear ? "clear condition holds" : "clear condition does not hold")
            }
            return "  instance \(alert.labels.removing(["alertname"])): " + parts.joined(separator: ", ")
        }
    }

    private static func duration(_ milliseconds: Int64) -> String {
        milliseconds == 0 ? "0s" : PrometheusDuration.format(milliseconds)
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
