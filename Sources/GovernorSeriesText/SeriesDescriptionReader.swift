/// Reads one series line (`metric{l="v"} 1+2x3 _ stale`) into a `SeriesDescription`.
public enum SeriesDescriptionReader {
    /// - Parameters:
    ///   - text: the line with surrounding whitespace already removed.
    ///   - line: the 1-based line number, for errors.
    ///   - column: the 1-based column where `text` starts in the original line, for errors.
    public static func read(_ text: Substring, line: Int, column: Int = 1) throws(NotationError) -> SeriesDescription {
        var scanner = LineScanner(text, lineNumber: line, firstColumn: column)
        let labels = try scanner.readSeriesLabels()
        guard scanner.peek?.isSpaceOrTab == true else {
            if scanner.isAtEnd { throw scanner.error("expected series values after the series, found end of line") }
            throw scanner.error("expected a space before the series values, found \(scanner.describePeek())")
        }
        let values = try scanner.readSeriesValues()
        return SeriesDescription(labels: labels, values: values)
    }
}
