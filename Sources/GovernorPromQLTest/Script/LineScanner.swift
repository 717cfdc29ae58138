/// Walks one line of script text character by character, keeping the 1-based column of the
/// original line so every error can point at the exact character.
struct LineScanner {
    let characters: [Character]
    let lineNumber: Int
    /// Column of `characters[0]` in the original line (lines are trimmed before scanning).
    let firstColumn: Int
    private(set) var index = 0

    init(_ text: Substring, lineNumber: Int, firstColumn: Int) {
        characters = Array(text)
        self.lineNumber = lineNumber
        self.firstColumn = firstColumn
    }

    var isAtEnd: Bool { index >= characters.count }
    var peek: Character? { isAtEnd ? nil : characters[index] }
    var column: Int { firstColumn + index }

    func peek(offset: Int) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    mutating func rewind(to position: Int) { index = position }

    mutating func advance() -> Character? {
        guard let character = peek else { return nil }
        index += 1
        return character
    }

    /// Consumes characters while `predicate` holds and returns them.
    mutating func take(while predicate: (Character) -> Bool) -> String {
        var taken = ""
        while let character = peek, predicate(character) {
            taken.append(character)
            index += 1
        }
        return taken
    }

    mutating func skipSpaces() {
        _ = take(while: { $0 == " " || $0 == "\t" })
    }

    func error(_ message: String, atColumn column: Int? = nil) -> PromQLTestError {
        PromQLTestError(line: lineNumber, column: column ?? self.column, message: message)
    }
}

extension Character {
    var isIdentifierStart: Bool { isASCII && (isLetter || self == "_") }
    var isIdentifierBody: Bool { isASCII && (isLetter || isNumber || self == "_") }
    var isMetricNameStart: Bool { isIdentifierStart || self == ":" }
    var isMetricNameBody: Bool { isIdentifierBody || self == ":" }
    var isDigit: Bool { isASCII && isNumber }
    var isSpaceOrTab: Bool { self == " " || self == "\t" }
}
