import Foundation
import GovernorSeriesText

/// Reads a metrics history in any of the `HistoryFormat`s, detected from the file name and content unless given.
///
/// `read(text:file:)` is pure, for tests; `read(path:)` reads the file first.
public enum HistoryReader {
    public static func read(path: String, format: HistoryFormat? = nil) throws(HistoryError) -> History {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw HistoryError(
                file: path, line: 1, column: 1, message: "could not read history: no such file or unreadable")
        }
        return try read(text: text, file: path, format: format)
    }

    public static func read(text: String, file: String, format: HistoryFormat? = nil) throws(HistoryError) -> History {
        let history: History
        switch format ?? HistoryFormat.detect(file: file, text: text) {
        case .load:
            do {
                history = History(samples: try LoadBlockReader.readSamples(text))
            } catch {
                throw HistoryError(file: file, line: error.line, column: error.column, message: error.message)
            }
        case .ndjson: history = try NDJSONHistoryReader(file: file).read(text)
        case .json: history = try JSONHistoryReader(file: file).read(text)
        case .exposition: history = try ExpositionHistoryReader(file: file).read(text)
        }
        guard !history.samples.isEmpty else {
            throw HistoryError(file: file, line: 1, column: 1, message: "the history holds no samples")
        }
        return history
    }
}
