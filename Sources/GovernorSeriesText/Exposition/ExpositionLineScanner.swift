public import GovernorQuery

/// Reads one line of a text exposition from the bytes between `start` and `end` (the newline excluded).
struct ExpositionLineScanner {
    let bytes: [UInt8]
    let start: Int
    let end: Int
    let line: Int
    private(set) var index: Int

    init(bytes: [UInt8], start: Int, end: Int, line: Int) {
        self.bytes = bytes
        self.start = start
        self.end = end
        self.line = line
        index = start
    }

    private var peek: UInt8? { index < end ? bytes[index] : nil }

    mutating func readLine(into document: inout ExpositionDocument) throws(NotationError) {
        skipBlanks()
        guard let first = peek else { return }
        if first == UInt8(ascii: "#") {
            try readComment(into: &document)
        } else {
            document.samples.append(try readSample())
        }
    }

    /// Reads a line as `readLine(into:)` does, but a sample line's series through `cache`: only a series text the
    /// cache does not know is parsed, and `identify` names its series. Metadata is checked and dropped.
    mutating func readLine(
        into samples: inout [ExpositionSeriesSample], cache: inout ExpositionSeriesCache,
        identify: (Labels) -> Int32
    ) throws(NotationError) {
        skipBlanks()
        guard let first = peek else { return }
        if first == UInt8(ascii: "#") {
            var metadata = ExpositionDocument()
            try readComment(into: &metadata)
            return
        }
        let seriesStart = index
        let series: Int32
        if let textEnd = seriesTextEnd(), let known = cache.id(of: seriesStart..<textEnd, in: bytes) {
            index = textEnd
            series = known
        } else {
            series = identify(try readSeries())
            cache.remember(seriesStart..<index, in: bytes, as: series)
        }
        let (value, timestamp) = try readValueAndTimestamp()
        samples.append(ExpositionSeriesSample(series: series, value: value, timestamp: timestamp))
    }

    // MARK: Comments and metadata

    private mutating func readComment(into document: inout ExpositionDocument) throws(NotationError) {
        index += 1  // "#"
        skipBlanks()
        let wordStart = index
        while let byte = peek, !byte.isBlank { index += 1 }
        let word = String(decoding: bytes[wordStart..<index], as: UTF8.self)
        // Only `# HELP name …` and `# TYPE name …` mean something; every other comment is skipped.
        guard word == "HELP" || word == "TYPE", peek?.isBlank == true else { return }
        skipBlanks()
        let nameStart = index
        guard let name = readMetricName() else {
            throw error("expected a metric name after \(word), found \(describePeek())", at: nameStart)
        }
        guard peek == nil || peek!.isBlank else {
            throw error("expected a space after the metric name \(goQuoted(name)), found \(describePeek())")
        }
        if peek != nil { index += 1 }
        if word == "HELP" {
            document.help[name] = unescapeHelp(bytes[index..<end])
            return
        }
        skipBlanks()
        let typeStart = index
        let typeText = String(decoding: bytes[index..<end], as: UTF8.self)
        guard let type = ExpositionMetricType(rawValue: typeText) else {
            let known = ExpositionMetricType.allCases.map(\.rawValue).joined(separator: ", ")
            throw error("invalid metric type \(goQuoted(typeText)) (expected one of: \(known))", at: typeStart)
        }
        document.types[name] = type
    }

    private func unescapeHelp(_ text: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        var position = text.startIndex
        while position < text.endIndex {
            let byte = text[position]
            if byte == UInt8(ascii: "\\"), position + 1 < text.endIndex {
                switch text[position + 1] {
                case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
                default: out += [byte, text[position + 1]]
                }
                position += 2
            } else {
                out.append(byte)
                position += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Samples

    private mutating func readSample() throws(NotationError) -> ExpositionSample {
        let sampleStart = index
        let labels = try readSeries()
        let (value, timestamp) = try readValueAndTimestamp()
        return ExpositionSample(
            labels: labels, value: value, timestamp: timestamp, line: line, column: column(at: sampleStart))
    }

    /// The metric name and label set at the start of a sample line.
    private mutating func readSeries() throws(NotationError) -> Labels {
        guard let name = readMetricName() else {
            throw error("expected a metric name or a comment at the start of a line, found \(describePeek())")
        }
        var pairs = [Label(name: Labels.metricName, value: name)]
        if peek == UInt8(ascii: "{") { pairs += try readLabelSet() }
        return Labels(pairs)
    }

    /// Where the series text at `index` ends, found without reading it: after the metric name, or after the label
    /// set's closing brace (outside quotes) when one follows. Nil when no name starts there or no brace closes.
    /// Nothing is checked: the text only counts when the cache knows it, so a parse accepted it before.
    private func seriesTextEnd() -> Int? {
        var position = index
        while position < end, bytes[position].isMetricNameStart || bytes[position].isDigitByte { position += 1 }
        guard position > index else { return nil }
        guard position < end, bytes[position] == UInt8(ascii: "{") else { return position }
        var quoted = false
        position += 1
        while position < end {
            switch bytes[position] {
            case UInt8(ascii: "\\") where quoted: position += 1
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: "}") where !quoted: return position + 1
            default: break
            }
            position += 1
        }
        return nil
    }

    /// The value and optional timestamp after a sample line's series.
    private mutating func readValueAndTimestamp() throws(NotationError) -> (Double, Timestamp?) {
        guard peek?.isBlank == true else {
            throw error("expected a space and a value after the series, found \(describePeek())")
        }
        skipBlanks()
        let valueStart = index
        let valueText = readToken()
        guard let value = Self.goFloat(valueText) else {
            throw error(
                "invalid value \(goQuoted(valueText)): expected a number, NaN, +Inf or -Inf", at: valueStart)
        }
        skipBlanks()
        var timestamp: Timestamp?
        if peek != nil {
            let timestampStart = index
            let timestampText = readToken()
            guard let milliseconds = Int64(timestampText) else {
                throw error(
                    "invalid timestamp \(goQuoted(timestampText)): expected whole milliseconds since the Unix epoch",
                    at: timestampStart)
            }
            timestamp = milliseconds
            skipBlanks()
            guard peek == nil else {
                throw error("expected the end of the line after the timestamp, found \(describePeek())")
            }
        }
        return (value, timestamp)
    }

    private mutating func readLabelSet() throws(NotationError) -> [Label] {
        let openingStart = index
        index += 1  // "{"
        var pairs: [Label] = []
        var seen: Set<String> = [Labels.metricName]
        while true {
            skipBlanks()
            guard let byte = peek else { throw error("unclosed \"{\" of the label set", at: openingStart) }
            if byte == UInt8(ascii: "}") {
                index += 1
                return pairs
            }
            let nameStart = index
            guard let name = readLabelName() else {
                throw error("expected a label name or \"}\" in the label set, found \(describePeek())")
            }
            guard seen.insert(name).inserted else {
                throw error("duplicate label name \(goQuoted(name))", at: nameStart)
            }
            skipBlanks()
            guard peek == UInt8(ascii: "=") else {
                throw error("expected \"=\" after the label name \(goQuoted(name)), found \(describePeek())")
            }
            index += 1
            skipBlanks()
            guard peek == UInt8(ascii: "\"") else {
                throw error("expected a double-quoted value for the label \(goQuoted(name)), found \(describePeek())")
            }
            pairs.append(Label(name: name, value: try readLabelValue()))
            skipBlanks()
            switch peek {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): continue
            case nil: throw error("unclosed \"{\" of the label set", at: openingStart)
            default: throw error("expected \",\" or \"}\" after a label value, found \(describePeek())")
            }
        }
    }

    /// A double-quoted value, unescaping `\\`, `\"` and `\n` as Prometheus does.
    private mutating func readLabelValue() throws(NotationError) -> String {
        let openingStart = index
        index += 1  // opening quote
        var value: [UInt8] = []
        while true {
            guard let byte = peek else { throw error("unterminated label value", at: openingStart) }
            index += 1
            if byte == UInt8(ascii: "\"") { break }
            guard byte == UInt8(ascii: "\\") else {
                value.append(byte)
                continue
            }
            guard let escaped = peek else { throw error("unterminated label value", at: openingStart) }
            index += 1
            switch escaped {
            case UInt8(ascii: "\\"), UInt8(ascii: "\""): value.append(escaped)
            case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
            default: value += [byte, escaped]
            }
        }
        guard let text = String(validating: value, as: UTF8.self) else {
            throw error("invalid UTF-8 label value", at: openingStart)
        }
        return text
    }

    // MARK: Tokens

    private mutating func readMetricName() -> String? {
        guard let first = peek, first.isMetricNameStart else { return nil }
        let nameStart = index
        while let byte = peek, byte.isMetricNameStart || byte.isDigitByte { index += 1 }
        return String(decoding: bytes[nameStart..<index], as: UTF8.self)
    }

    private mutating func readLabelName() -> String? {
        guard let first = peek, first.isLabelNameStart else { return nil }
        let nameStart = index
        while let byte = peek, byte.isLabelNameStart || byte.isDigitByte { index += 1 }
        return String(decoding: bytes[nameStart..<index], as: UTF8.self)
    }

    private mutating func readToken() -> String {
        let tokenStart = index
        while let byte = peek, !byte.isBlank { index += 1 }
        return String(decoding: bytes[tokenStart..<index], as: UTF8.self)
    }

    private mutating func skipBlanks() {
        while let byte = peek, byte.isBlank { index += 1 }
    }

    /// Go's `strconv.ParseFloat`: decimal and hexadecimal floats, and `Inf`, `Infinity`, `NaN` in any case.
    static func goFloat(_ text: String) -> Double? {
        guard !text.isEmpty, !text.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "_") })
        else { return nil }
        return Double(text)
    }

    // MARK: Positions

    /// The 1-based column of `position`, in Unicode scalars as `SourceLocation` counts them. Counted only for
    /// what is reported: a column is a walk from the start of the line.
    private func column(at position: Int) -> Int {
        bytes[start..<position].reduce(1) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
    }

    private func describePeek() -> String {
        guard peek != nil else { return "end of line" }
        var scalarEnd = index + 1
        while scalarEnd < end, bytes[scalarEnd] & 0xC0 == 0x80 { scalarEnd += 1 }
        return goQuoted(String(decoding: bytes[index..<scalarEnd], as: UTF8.self))
    }

    private func error(_ message: String, at position: Int? = nil) -> NotationError {
        NotationError(line: line, column: column(at: position ?? index), message: message)
    }
}

extension UInt8 {
    fileprivate var isBlank: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") }
    fileprivate var isDigitByte: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    fileprivate var isLabelNameStart: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
            || self == UInt8(ascii: "_")
    }
    fileprivate var isMetricNameStart: Bool { isLabelNameStart || self == UInt8(ascii: ":") }
}
