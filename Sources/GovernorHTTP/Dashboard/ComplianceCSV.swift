import Foundation
import GovernorCharts
import GovernorDaemon
import GovernorQuery

/// The compliance history as CSV: one row per step from the start of the daemon's clock (at most a week back) to
/// its time now, with the index and each objective's score. A cell is empty where there was no value.
enum ComplianceCSV {
    static let maximumSpan: Int64 = 7 * 24 * 3_600_000

    static func render(_ snapshot: DaemonSnapshot, step: Int64) -> String {
        let from = max(snapshot.time - maximumSpan, min(snapshot.clockStart, snapshot.time))
        let steps = max(1, (snapshot.time - from) / step + 1)
        let reader = TrendReader(
            storage: snapshot.storage, engine: snapshot.engine, from: snapshot.time - (steps - 1) * step,
            to: snapshot.time, steps: steps)
        let index = reader.points("governor:compliance_index")
        let scores = reader.series("governor:compliance_index:score", by: "objective")
        let objectives = scores.keys.sorted()
        var columns: [Int64: [String: Double]] = [:]
        for point in index { columns[point.time, default: [:]][""] = point.value }
        for (objective, points) in scores {
            for point in points { columns[point.time, default: [:]][objective] = point.value }
        }
        var out = (["time", "compliance_index"] + objectives.map { "score_\($0)" }).map(cell).joined(separator: ",")
        out += "\r\n"
        for time in columns.keys.sorted() {
            let row = columns[time] ?? [:]
            let values = ([""] + objectives).map { row[$0].map { SVGText.value($0, digits: 4) } ?? "" }
            out += ([RFC3339Time.text(time)] + values).map(cell).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// RFC 4180 quoting, and a leading `=`, `+`, `-` or `@` defused so a spreadsheet never runs a label as a
    /// formula.
    static func cell(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+@".contains(first) || (first == "-" && Double(text) == nil) {
            text = "'" + text
        }
        guard text.contains(where: { ",\"\r\n".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
