import Foundation
public import GovernorCore

/// What `governor check` prints, as text for people or JSON for tools.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var summary: CheckSummary

    public init(_ result: LoadResult) {
        diagnostics = result.diagnostics
        summary = CheckSummary(result)
    }

    /// `file:line:col: error: message` lines (each hint on its own line), then the summary.
    public var text: String {
        var lines = diagnostics.map(\.description)
        let summary = summary
        lines.append(
            "checked \(summary.files) \(plural(summary.files, "file")): \(summary.groups) \(plural(summary.groups, "group")), "
                + "\(summary.rules) \(plural(summary.rules, "rule")), "
                + "\(summary.objectives) \(plural(summary.objectives, "objective")); "
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
        let summary: [String: Any] = [
            "files": self.summary.files, "documents": self.summary.documents, "groups": self.summary.groups,
            "rules": self.summary.rules, "objectives": self.summary.objectives, "errors": self.summary.errors,
            "warnings": self.summary.warnings,
        ]
        let object: [String: Any] = ["diagnostics": diagnostics, "summary": summary]
        let data = try! JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func plural(_ count: Int, _ word: String) -> String {
        count == 1 ? word : word + "s"
    }
}
