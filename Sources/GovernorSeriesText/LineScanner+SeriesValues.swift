public import GovernorQuery

extension LineScanner {
    /// Expansions larger than this are refused: a typo like `0+1x99999999999` must give an error,
    /// not exhaust memory.
    public static let maximumRepetitions: UInt64 = 1_000_000

    /// Reads whitespace-separated value items up to the end of the line, expanding the notation:
    /// `_` (no sample), `_xN` (N steps without samples), `v`, `vxN` (v repeated N+1 times),
    /// `v+dxN` / `v-dxN` (N+1 values starting at v, stepping by d), and `stale`.
    public mutating func readSeriesValues() throws(NotationError) -> [SequenceValue] {
        var values: [SequenceValue] = []
        skipSpaces()
        guard !isAtEnd else { throw error("expected series values after the series, found end of line") }
        while !isAtEnd {
            values += try readValueItem()
            guard isAtEnd || peek?.isSpaceOrTab == true else {
                throw error("unexpected \(describePeek()) in series values")
            }
            skipSpaces()
        }
        return values
    }

    private mutating func readValueItem() throws(NotationError) -> [SequenceValue] {
        if peek == "_" {
            _ = advance()
            guard peek == "x" else { return [.omitted] }
            _ = advance()
            let count = try readRepetitions()
            return Array(repeating: .omitted, count: Int(count))
        }
        let start = try readSeriesValue()
        switch peek {
        case "x":
            _ = advance()
            let count = try readRepetitions()
            return Array(repeating: .sample(start), count: Int(count) + 1)
        case "+", "-":
            let increment = try readSignedNumber()
            guard peek == "x" else { throw error("expected \"x\" and a repetition count after the increment") }
            _ = advance()
            let count = try readRepetitions()
            // Accumulate step by step, as Prometheus does, so rounding matches its sequence exactly.
            var current = start
            var expanded: [SequenceValue] = []
            expanded.reserveCapacity(Int(count) + 1)
            for _ in 0...count {
                expanded.append(.sample(current))
                current += increment
            }
            return expanded
        default:
            return [.sample(start)]
        }
    }

    /// A number (optionally signed) or `stale`.
    private mutating func readSeriesValue() throws(NotationError) -> Double {
        if let first = peek, first.isLetter, first.isASCII {
            let wordColumn = column
            let word = take(while: \.isIdentifierBody)
            if word == "stale" { return StaleMarker.value }
            if let special = Self.specialNumber(word) { return special }
            throw error(
                "expected a number or \"stale\" in series values, found \(goQuoted(word))", atColumn: wordColumn)
        }
        if peek == "+" || peek == "-" { return try readSignedNumber() }
        return try readNumber()
    }

    private mutating func readSignedNumber() throws(NotationError) -> Double {
        let negative = advance() == "-"
        let magnitude = try readNumber()
        return negative ? -magnitude : magnitude
    }

    /// An unsigned decimal number (`12`, `1.5`, `.5`, `2e-3`) or `Inf` / `NaN` in any case.
    private mutating func readNumber() throws(NotationError) -> Double {
        let numberColumn = column
        if let first = peek, first.isLetter, first.isASCII {
            let word = take(while: \.isIdentifierBody)
            if let special = Self.specialNumber(word) { return special }
            throw error("expected a number, found \(goQuoted(word))", atColumn: numberColumn)
        }
        var text = take(while: \.isDigit)
        if peek == "." {
            text.append(advance()!)
            text += take(while: \.isDigit)
        }
        if let marker = peek, marker == "e" || marker == "E", let next = peek(offset: 1),
            next.isDigit || ((next == "+" || next == "-") && peek(offset: 2)?.isDigit == true)
        {
            text.append(advance()!)
            if peek == "+" || peek == "-" { text.append(advance()!) }
            text += take(while: \.isDigit)
        }
        // Only the repetition marker may follow a number directly.
        if let next = peek, next.isIdentifierBody, next != "x" {
            throw error("bad number syntax: \(goQuoted(text + String(next)))", atColumn: numberColumn)
        }
        guard text.contains(where: \.isDigit), let value = Double(text) else {
            throw error("expected a number, found \(describePeek())", atColumn: numberColumn)
        }
        return value
    }

    private mutating func readRepetitions() throws(NotationError) -> UInt64 {
        let countColumn = column
        let digits = take(while: \.isDigit)
        guard !digits.isEmpty else { throw error("expected a repetition count after \"x\", found \(describePeek())") }
        guard let count = UInt64(digits) else {
            throw error("invalid repetition in series values: \(digits) is out of range", atColumn: countColumn)
        }
        guard count <= Self.maximumRepetitions else {
            throw error(
                "repetition count \(digits) is larger than the \(Self.maximumRepetitions) this reader accepts",
                atColumn: countColumn)
        }
        return count
    }

    private static func specialNumber(_ word: String) -> Double? {
        switch word.lowercased() {
        case "inf": .infinity
        case "nan": .nan
        default: nil
        }
    }
}
