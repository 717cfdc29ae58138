/// A syntax or type error, located in the expression text.
public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var range: SourceRange
    /// The whole expression text, so the error can point into it.
    public var text: String

    public init(message: String, range: SourceRange, text: String) {
        self.message = message
        self.range = range
        self.text = text
    }

    public var position: SourcePosition { SourcePosition(offset: range.start, in: text) }

    /// `line:col: error: message`.
    public var description: String { "\(position): error: \(message)" }

    /// The description followed by the offending line and a caret under the error.
    public var rendered: String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let position = position
        guard position.line - 1 < lines.count else { return description }
        let line = lines[position.line - 1]
        let caret = String(repeating: " ", count: max(0, position.column - 1)) + "^"
        return "\(description)\n\(line)\n\(caret)"
    }
}
