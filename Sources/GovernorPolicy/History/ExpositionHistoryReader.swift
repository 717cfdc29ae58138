import GovernorQuery
import GovernorSeriesText

/// Reads Prometheus text exposition snapshots in which every sample carries its timestamp in milliseconds:
/// `http_requests_total{code="200"} 1027 1700000000000`. `# HELP` / `# TYPE` and other comments are skipped.
struct ExpositionHistoryReader {
    let file: String

    func read(_ text: String) throws(HistoryError) -> History {
        var samples: [VectorSample] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let leading = raw.prefix(while: \.isWhitespace).count
            var line = raw.dropFirst(leading)
            while let last = line.last, last.isWhitespace { line = line.dropLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            samples.append(try sample(line, line: index + 1, column: leading + 1))
        }
        return History(samples: samples)
    }

    /// The series part reads exactly like a promqltest series line, and `value timestamp` like two plain values.
    private func sample(_ line: Substring, line number: Int, column: Int) throws(HistoryError) -> VectorSample {
        let description: SeriesDescription
        do {
            description = try SeriesDescriptionReader.read(line, line: number, column: column)
        } catch {
            throw HistoryError(file: file, line: error.line, column: error.column, message: error.message)
        }
        let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard description.values.count == 2,
            case .sample(let value) = description.values[0], case .sample(let time) = description.values[1]
        else {
            throw HistoryError(
                file: file, line: number, column: column,
                message: "expected \"metric{labels} value timestamp_ms\": every sample of a snapshot needs a timestamp")
        }
        guard time.rounded() == time, abs(time) < 9.0e15 else {
            let timeColumn = column + line.distance(from: line.startIndex, to: parts[parts.count - 1].startIndex)
            throw HistoryError(
                file: file, line: number, column: timeColumn,
                message: "timestamp must be whole milliseconds since the Unix epoch")
        }
        return VectorSample(labels: description.labels, timestamp: Int64(time), value: value)
    }
}
