import Foundation
import GovernorConsole

/// What one request came to: the intent and who read it, the confirmation, the outcome, and the answer's lines
/// (with the daemon's JSON for `--format json`).
struct ConsoleResult {
    var request: String
    var intent: Intent?
    var source: ConsoleAuditLine.Source
    var confirmation: ConsoleAuditLine.Confirmation = .notNeeded
    var outcome: ConsoleAuditLine.Outcome
    var lines: [String]
    var data: Any?
    /// How to take a done change back, as a console request.
    var undo: String?

    var message: String { lines.first ?? "" }

    var exitCode: Int32 {
        switch outcome {
        case .answered, .done: 0
        case .failed, .refused: 1
        case .clarified: 2
        }
    }

    func text(style: ConsoleStyle) -> String {
        var text = lines
        if !text.isEmpty { text[0] = style.bold(text[0]) }
        if let undo { text.append(style.dim("To undo: governor console \"\(undo)\"")) }
        return text.joined(separator: "\n")
    }

    var json: String {
        var object: [String: Any] = [
            "request": request, "source": source.rawValue, "confirmation": confirmation.rawValue,
            "outcome": outcome.rawValue, "lines": lines,
        ]
        object["intent"] = intent?.kind.rawValue ?? NSNull()
        object["interpreted"] = intent?.text ?? NSNull()
        object["data"] = data ?? NSNull()
        object["undo"] = undo ?? NSNull()
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
