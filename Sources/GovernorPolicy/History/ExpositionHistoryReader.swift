import GovernorQuery
import GovernorSeriesText

/// Reads Prometheus text exposition snapshots in which every sample carries its timestamp in milliseconds:
/// `http_requests_total{code="200"} 1027 1700000000000`. The text is the exposition format itself (escapes,
/// `# HELP` / `# TYPE`, comments), read by `ExpositionReader`; a history additionally needs every timestamp.
struct ExpositionHistoryReader {
    let file: String

    func read(_ text: String) throws(HistoryError) -> History {
        let document: ExpositionDocument
        do {
            document = try ExpositionReader.read(text)
        } catch {
            throw HistoryError(file: file, line: error.line, column: error.column, message: error.message)
        }
        var samples: [VectorSample] = []
        samples.reserveCapacity(document.samples.count)
        for sample in document.samples {
            guard let timestamp = sample.timestamp else {
                throw HistoryError(
                    file: file, line: sample.line, column: sample.column,
                    message:
                        "expected \"metric{labels} value timestamp_ms\": every sample of a snapshot needs a timestamp")
            }
            samples.append(VectorSample(labels: sample.labels, timestamp: timestamp, value: sample.value))
        }
        return History(samples: samples)
    }
}
