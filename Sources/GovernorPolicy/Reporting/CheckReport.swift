import Foundation
public import GovernorCore

/// What `governor check` prints, as text for people or JSON for tools.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var summary: CheckSummary

    /// `compiled` is the compiler's result when the files loaded without errors; its diagnostics are reported too.
    public init(_ result: LoadResult, compiled: CompiledPolicy? = nil, extraDiagnostics: [Diagnostic] = []) {
        var all = result.diagnostics + (compiled?.diagnostics ?? []) + extraDiagnostics
        all.sort { ($0.location, $0.severity == .warning ? 1 : 0) < ($1.location, $1.severity == .warning ? 1 : 0) }
        var loaded = result
        loaded.diagnostics = all
        diagnostics = all
        summary = CheckSummary(loaded, compiled: compiled?.summary)
    }

    /// Everything one `ConfigurationLoader` load found: policies, their compilation and the alert files.
    public init(_ loaded: ConfigurationLoader.Loaded) {
        diagnostics = loaded.diagnostics.sorted {
            ($0.location, $0.severity == .warning ? 1 : 0) < ($1.location, $1.severity == .warning ? 1 : 0)
        }
        summary = CheckSummary(loaded)
    }

    public var hasErrors: Bool { summary.errors > 0 }

    /// `file:line:col: error: message` lines (each hint on its own line), then the summary.
    public var text: String {
        var lines = diagnostics.map(\.description)
        let summary = summary
        let files = summary.files + summary.alertFiles
        let policyText =
            "\(summary.groups) \(plural(summary.groups, "group")), \(summary.rules) \(plural(summary.rules, "rule")), "
            + "\(summary.objectives) \(plural(summary.objectives, "objective"))" + compiledText
        // A check of alert files alone says nothing about policies it was not given.
        let counts = [summary.files > 0 || summary.alertFiles == 0 ? policyText : nil, alertsText].compactMap { $0 }
        lines.append(
            "checked \(files) \(plural(files, "file")): \(counts.joined(separator: ", ")); "
                + "\(summary.errors) \(plural(summary.errors, "error")), "
                + "\(summary.warnings) \(plural(summary.warnings, "warning"))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"diagnostics": [...], "summary": {...}}`, keys sorted so the output is stable.
    public var json: String {
        let diagnostics: [[String: Any]] = diagnostics.map { diagnostic in
            var entry: [String: Any] = [
                "file": diagnostic.location.file, "line": diagnostic.location.line,
                "column": diagnostic.location.column, "severity": diagnostic.severity.rawValue,
                "message": diagnostic.message,
            ]
            if let hint = diagnostic.hint { entry["hint"] = hint }
            return entry
        }
        let alerting: Any =
            self.summary.alertFiles == 0
            ? NSNull()
            : [
                "files": self.summary.alertFiles, "receivers": self.summary.receivers,
                "inhibitRules": self.summary.inhibitRules, "silences": self.summary.silences,
            ]
        let summary: [String: Any] = [
            "files": self.summary.files + self.summary.alertFiles, "alerting": alerting,
            "documents": self.summary.documents, "groups": self.summary.groups,
            "rules": self.summary.rules, "objectives": self.summary.objectives, "errors": self.summary.errors,
            "warnings": self.summary.warnings, "compiledRules": self.summary.compiledRules ?? NSNull(),
            "nodes": self.summary.nodes ?? NSNull(), "edges": self.summary.edges ?? NSNull(),
        ]
        let object: [String: Any] = ["diagnostics": diagnostics, "summary": summary]
        let data = try! JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private var compiledText: String {
        guard let rules = summary.compiledRules, let nodes = summary.nodes, let edges = summary.edges else {
            return ""
        }
        return " (compiled: \(rules) \(plural(rules, "rule")), \(nodes) graph \(plural(nodes, "node")), "
            + "\(edges) \(plural(edges, "edge")))"
    }

    /// `3 receivers, 1 inhibit rule, 0 silences (2 alert files)`, when any alert file was checked.
    private var alertsText: String? {
        let summary = summary
        guard summary.alertFiles > 0 else { return nil }
        return "\(summary.receivers) \(plural(summary.receivers, "receiver")), "
            + "\(summary.inhibitRules) \(plural(summary.inhibitRules, "inhibit rule")), "
            + "\(summary.silences) \(plural(summary.silences, "silence")) "
            + "(\(summary.alertFiles) alert \(plural(summary.alertFiles, "file")))"
    }

    private func plural(_ count: Int, _ word: String) -> String {
        count == 1 ? word : word + "s"
    }
}
