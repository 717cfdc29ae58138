public import GovernorQuery

/// Reads Prometheus's text exposition format (version 0.0.4) the way Prometheus 2.42's `textparse.PromParser`
/// does: `# HELP` and `# TYPE` lines, other comments, blank lines, and samples written
/// `name{label="value",…} value [timestamp_ms]`, with `\\`, `\"` and `\n` escapes in label values (any other
/// escape is kept as written, as Prometheus keeps it). Whitespace may lead a line and separate its fields.
///
/// The whole exposition is refused at its first malformed line, as a Prometheus scrape is: a half-understood
/// scrape would store a wrong picture of the target. The error says which line and column.
public enum ExpositionReader {
    public static func read(_ text: String) throws(NotationError) -> ExpositionDocument {
        try read(bytes: Array(text.utf8))
    }

    /// Reads raw bytes, as they came over the wire, so that a label value that is not UTF-8 is an error at its
    /// place rather than a silently replaced character.
    public static func read(bytes: [UInt8]) throws(NotationError) -> ExpositionDocument {
        var document = ExpositionDocument()
        try forEachLine(of: bytes) { (scanner) throws(NotationError) in try scanner.readLine(into: &document) }
        return document
    }

    /// Reads the samples of an exposition, as a scrape does: the series text of each line is looked up in
    /// `cache`, and only a text it does not know is parsed and handed to `identify`, which names its series.
    /// The exposition is checked as `read(bytes:)` checks it, and refused at the same first malformed line.
    public static func read(
        bytes: [UInt8], cache: inout ExpositionSeriesCache, identify: (Labels) -> Int32
    ) throws(NotationError) -> [ExpositionSeriesSample] {
        var samples: [ExpositionSeriesSample] = []
        cache.begin()
        try forEachLine(of: bytes) { (scanner) throws(NotationError) in
            try scanner.readLine(into: &samples, cache: &cache, identify: identify)
        }
        cache.finish()
        return samples
    }

    private static func forEachLine(
        of bytes: [UInt8], _ read: (inout ExpositionLineScanner) throws(NotationError) -> Void
    ) throws(NotationError) {
        var lineStart = 0
        var lineNumber = 1
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var scanner = ExpositionLineScanner(bytes: bytes, start: lineStart, end: lineEnd, line: lineNumber)
            try read(&scanner)
            lineStart = lineEnd + 1
            lineNumber += 1
        }
    }
}
