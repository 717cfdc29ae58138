/// Walks one line of script text character by character, keeping the 1-based column of the
/// original line so every error can point at the exact character.
public struct LineScanner {
    public let characters: [Character]
    public let lineNumber: Int
    /// Column of `characters[0]` in the original line (lines are trimmed before scanning).
    public let firstColumn: Int
    public private(set) var index = 0

    public init(_ text: Substring, lineNumber: Int, firstColumn: Int) {
        characters = Array(text)
        self.lineNumber = lineNumber
        self.firstColumn = firstColumn
    }

    public var isAtEnd: Bool { index >= characters.count }
    public var peek: Character? { isAtEnd ? nil : characters[index] }
    public var column: Int { firstColumn + index }

    public func peek(offset: Int) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    public mutating func rewind(to position: Int) { index = position }

    public mutating func advance() -> Character? {
        guard let character = peek else { return nil }
        index += 1
        return character
    }

    /// Consumes characters while `predicate` holds and returns them.
    public mutating func take(while predicate: (Character) -> Bool) -> String {
        var taken = ""
        while let character = peek, predicate(character) {
            taken.append(character)
            index += 1
        }
        return taken
    }

    public mutating func skipSpaces() {
        _ = take(while: { $0 == " " || $0 == "\t" })
    }

    public func error(_ message: String, atColumn column: Int? = nil) -> NotationError {
        NotationError(line: lineNumber, column: column ?? self.column, message: message)
    }
}

extension Character {
    public var isIdentifierStart: Bool { isASCII && (isLetter || self == "_") }
    public var isIdentifierBody: Bool { isASCII && (isLetter || isNumber || self == "_") }
    public var isMetricNameStart: Bool { isIdentifierStart || self == ":" }
    public var isMetricNameBody: Bool { isIdentifierBody || self == ":" }
    public var isDigit: Bool { isASCII && isNumber }
    public var isSpaceOrTab: Bool { self == " " || self == "\t" }
}
