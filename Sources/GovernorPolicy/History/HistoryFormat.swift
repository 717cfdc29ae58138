import Foundation

/// The history file formats `dry-run` and `explain` read.
public enum HistoryFormat: String, Hashable, Sendable, CaseIterable {
    /// promqltest `load <step>` blocks, time starting at 0.
    case load
    /// One JSON object per line: `{"labels":{...},"timestamp":<seconds>,"value":<number>}`.
    case ndjson
    /// A Prometheus `/api/v1/query_range` (matrix) or `/api/v1/query` (vector) response, or a JSON array of
    /// NDJSON-style samples.
    case json
    /// Prometheus text exposition with a millisecond timestamp on every sample: `metric{l="v"} 1 1700000000000`.
    case exposition

    /// Decides by extension, then by content: a `load` line, a leading `{` or `[`, or else exposition.
    public static func detect(file: String, text: String) -> HistoryFormat {
        let lowered = file.lowercased()
        if lowered.hasSuffix(".load") || lowered.hasSuffix(".test") { return .load }
        if lowered.hasSuffix(".ndjson") || lowered.hasSuffix(".jsonl") { return .ndjson }
        if lowered.hasSuffix(".prom") { return .exposition }
        let meaningful = text.split(separator: "\n").lazy
            .map { $0.drop(while: \.isWhitespace) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") }
        guard let first = meaningful else { return .exposition }
        if first.hasPrefix("load ") || first.hasPrefix("load\t") { return .load }
        if first.hasPrefix("[") { return .json }
        if first.hasPrefix("{") {
            // One complete object per line is NDJSON; an object spread over lines is an API response.
            let lines = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
            let oneObjectPerLine = lines.allSatisfy {
                let line = $0.trimmingCharacters(in: .whitespaces)
                return line.hasPrefix("{") && line.hasSuffix("}")
            }
            return oneObjectPerLine && !first.contains("\"resultType\"") && !first.contains("\"data\"")
                ? .ndjson : .json
        }
        return .exposition
    }
}
