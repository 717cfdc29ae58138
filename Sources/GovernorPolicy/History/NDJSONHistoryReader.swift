import Foundation
import GovernorQuery
import GovernorSeriesText

/// Reads one sample per line: `{"labels":{"__name__":"up","job":"api"},"timestamp":1700000000,"value":1}`.
/// `metric` is accepted for `labels`, as Prometheus's API names it. Blank lines are skipped.
struct NDJSONHistoryReader {
    let file: String

    func read(_ text: String) throws(HistoryError) -> History {
        var samples: [VectorSample] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let column = raw.prefix(while: \.isWhitespace).count + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) else {
                throw HistoryError(file: file, line: index + 1, column: column, message: "invalid JSON")
            }
            do {
                samples.append(try Self.sample(object))
            } catch {
                throw HistoryError(file: file, line: index + 1, column: column, message: error.message)
            }
        }
        return History(samples: samples)
    }

    static func sample(_ object: Any, field: String = "sample") throws(JSONFieldError) -> VectorSample {
        guard let map = object as? [String: Any] else { throw JSONFieldError("\(field) must be a JSON object") }
        let labelsKey = map["labels"] == nil && map["metric"] != nil ? "metric" : "labels"
        return VectorSample(
            labels: try JSONSampleFields.labels(map[labelsKey], field: labelsKey),
            timestamp: try JSONSampleFields.timestamp(map["timestamp"], field: "timestamp"),
            value: try JSONSampleFields.value(map["value"], field: "value"))
    }
}
