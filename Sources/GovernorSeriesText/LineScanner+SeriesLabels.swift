public import GovernorQuery

extension LineScanner {
    /// Reads the series part of a series line: an optional metric name followed by an optional
    /// `{label="value", …}` set (a trailing comma is allowed). At least one of the two must be there.
    public mutating func readSeriesLabels() throws(NotationError) -> Labels {
        var pairs: [Label] = []
        var sawSomething = false
        if let first = peek, first.isMetricNameStart {
            let name = take(while: \.isMetricNameBody)
            pairs.append(Label(name: Labels.metricName, value: name))
            sawSomething = true
        }
        if peek == "{" {
            pairs += try readLabelSet()
            sawSomething = true
        }
        guard sawSomething else {
            throw error("expected a metric name or \"{\" at the start of a series, found \(describePeek())")
        }
        return Labels(pairs)
    }

    private mutating func readLabelSet() throws(NotationError) -> [Label] {
        let openingColumn = column
        _ = advance()  // "{"
        var pairs: [Label] = []
        var seen: Set<String> = []
        while true {
            skipSpaces()
            if peek == "}" {
                _ = advance()
                return pairs
            }
            guard let first = peek else { throw error("unclosed \"{\" of the label set", atColumn: openingColumn) }
            guard first.isIdentifierStart else {
                throw error("expected a label name or \"}\" in label set, found \(describePeek())")
            }
            let nameColumn = column
            let name = take(while: \.isIdentifierBody)
            if !seen.insert(name).inserted {
                throw error("duplicate label name \(goQuoted(name))", atColumn: nameColumn)
            }
            skipSpaces()
            guard peek == "=" else { throw error("expected \"=\" after label name \(name), found \(describePeek())") }
            _ = advance()
            skipSpaces()
            guard let quote = peek, quote == "\"" || quote == "'" || quote == "`" else {
                throw error("expected a quoted label value for \(name), found \(describePeek())")
            }
            pairs.append(Label(name: name, value: try readQuotedString()))
            skipSpaces()
            switch peek {
            case ",": _ = advance()
            case "}": continue
            case nil: throw error("unclosed \"{\" of the label set", atColumn: openingColumn)
            default: throw error("expected \",\" or \"}\" in label set, found \(describePeek())")
            }
        }
    }

    /// What the scanner is looking at, for "found …" in messages.
    public func describePeek() -> String {
        guard let character = peek else { return "end of line" }
        return goQuoted(String(character))
    }
}
