import Foundation

/// Colour for the console's answers, only when the output is a terminal (and NO_COLOR is unset).
struct ConsoleStyle {
    let colour: Bool

    static var standardOutput: ConsoleStyle {
        ConsoleStyle(colour: isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }

    func health(_ text: String) -> String {
        switch text.lowercased() {
        case "green", "ok", "low", "done", "inactive": paint(text, "32")
        case "yellow", "medium", "pending": paint(text, "33")
        case "red", "breach", "high", "critical", "firing", "failed": paint(text, "31")
        default: text
        }
    }

    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Columns padded to their widest cell, for the terminal.
enum ConsoleTable {
    static func lines(_ rows: [[String]], indent: String = "  ") -> [String] {
        guard let columns = rows.map(\.count).max() else { return [] }
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            indent
                + row.enumerated().map { index, cell in
                    index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                }.joined(separator: "  ")
        }
    }
}
