import GovernorCore

/// A YAML file's text, with where each line starts, so that a line can be read as Unicode scalars
/// (libyaml counts columns in scalars) when an error needs a position inside a scalar.
struct SourceText: Sendable {
    let file: String
    private let utf8: [UInt8]
    /// UTF-8 offsets of each line's first byte.
    private let lineStarts: [Int]

    init(file: String, text: String) {
        self.file = file
        utf8 = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The zero-based line's scalars, without its line break.
    func line(_ index: Int) -> [Unicode.Scalar] {
        guard index >= 0, index < lineStarts.count else { return [] }
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : utf8.count
        if end > lineStarts[index], utf8[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return Array(
            String(decoding: utf8[lineStarts[index]..<max(lineStarts[index], end)], as: UTF8.self).unicodeScalars)
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
