/// A half-open range of UTF-8 byte offsets into the expression text.
public struct SourceRange: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public static func + (lhs: SourceRange, rhs: SourceRange) -> SourceRange {
        SourceRange(start: min(lhs.start, rhs.start), end: max(lhs.end, rhs.end))
    }
}

/// A 1-based line and column (counted in characters) inside a text.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position of a UTF-8 byte offset inside `text`.
    public init(offset: Int, in text: String) {
        var line = 1
        var column = 1
        var consumed = 0
        for character in text {
            let width = character.utf8.count
            if consumed + width > offset { break }
            consumed += width
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.init(line: line, column: column)
    }

    public var description: String { "\(line):\(column)" }
}
