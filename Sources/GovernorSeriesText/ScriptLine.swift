/// One line of a script as promqltest sees it: trimmed, with a comment line reading as blank.
public struct ScriptLine {
    /// 1-based.
    public var number: Int
    public var text: Substring
    /// 1-based column of `text` in the original line.
    public var column: Int

    public var isBlank: Bool { text.isEmpty }

    public static func split(_ script: String) -> [ScriptLine] {
        script.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, raw in
            let leading = raw.prefix(while: \.isWhitespace)
            var text = raw.dropFirst(leading.count)
            while let last = text.last, last.isWhitespace { text = text.dropLast() }
            // A comment ends a block exactly like a blank line does, as in Prometheus.
            if text.hasPrefix("#") { text = text.prefix(0) }
            return ScriptLine(number: index + 1, text: text, column: leading.count + 1)
        }
    }

    /// The first word, split on spaces and tabs.
    public var firstWord: Substring { text.prefix { !$0.isSpaceOrTab } }

    public func error(_ message: String, column: Int? = nil) -> NotationError {
        NotationError(line: number, column: column ?? self.column, message: message)
    }
}
