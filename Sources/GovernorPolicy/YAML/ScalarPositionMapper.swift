import GovernorCore

/// Maps an offset inside a scalar's *value* back to the line and column in the YAML *source*, so that an error
/// at byte 12 of an expression points at the right character even when the YAML quoted, escaped or folded it.
///
/// It replays how YAML turned the source into the value: quotes are skipped, escapes (`\"`, `''`, `\u00e9`)
/// produce one character from several, and line breaks inside the scalar become a space or a newline while
/// the next line's indentation disappears.
struct ScalarPositionMapper {
    let source: SourceText

    /// Where the value's character at UTF-8 `offset` is written in the source.
    func location(ofOffset offset: Int, in scalar: YAMLNode.Scalar) -> SourceLocation {
        let mark = scalar.mark
        // The common case, where every expression starts: no need to read the source.
        if offset == 0, scalar.style != .literal, scalar.style != .folded {
            let isQuoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            return source.location(line: mark.line, column: mark.column + (isQuoted ? 1 : 0))
        }
        // An error at the very end of a block scalar (an unclosed parenthesis) sits after its kept line breaks,
        // which would point at the next YAML key; point at the end of the expression's last line instead.
        let offset = min(offset, scalar.string.utf8.count - scalar.string.utf8.reversed().prefix { $0 == 10 }.count)
        var lines = LineCache(source: source)
        var cursor = start(of: scalar, mark: mark, lines: &lines)
        var consumedBytes = 0
        var position = cursor.position
        for character in scalar.string.unicodeScalars {
            position = consume(character, cursor: &cursor, style: scalar.style, lines: &lines)
            if consumedBytes >= offset { return source.location(line: position.line + 1, column: position.column + 1) }
            consumedBytes += String(character).utf8.count
        }
        let end = cursor.position
        return source.location(line: end.line + 1, column: end.column + 1)
    }

    /// A zero-based line and column in the source.
    private struct Cursor {
        var line: Int
        var column: Int
        /// Spaces a block scalar's lines are indented by (nil for flow scalars, which strip all indentation).
        var blockIndentation: Int?

        var position: (line: Int, column: Int) { (line, column) }
    }

    /// Lines decoded once each while one position is mapped.
    private struct LineCache {
        let source: SourceText
        private var decoded: [Int: [Unicode.Scalar]] = [:]

        init(source: SourceText) { self.source = source }

        var count: Int { source.lineCount }

        mutating func line(_ index: Int) -> [Unicode.Scalar] {
            if let line = decoded[index] { return line }
            let line = source.line(index)
            decoded[index] = line
            return line
        }
    }

    private func start(of scalar: YAMLNode.Scalar, mark: YAMLNode.Mark, lines: inout LineCache) -> Cursor {
        let line = mark.line - 1
        switch scalar.style {
        case .singleQuoted, .doubleQuoted:
            return Cursor(line: line, column: mark.column)
        case .literal, .folded:
            // The header (`|`, `>-`, ...) is on the mark's line; the content starts on the first non-blank line.
            var contentLine = line + 1
            while contentLine < lines.count, lines.line(contentLine).allSatisfy({ $0 == " " }) {
                contentLine += 1
            }
            guard contentLine < lines.count else { return Cursor(line: line, column: mark.column - 1) }
            let indentation = lines.line(contentLine).prefix { $0 == " " }.count
            return Cursor(line: contentLine, column: indentation, blockIndentation: indentation)
        default:
            return Cursor(line: line, column: mark.column - 1)
        }
    }

    private func scalarAt(_ cursor: Cursor, ahead: Int = 0, lines: inout LineCache) -> Unicode.Scalar? {
        guard cursor.line < lines.count else { return nil }
        let line = lines.line(cursor.line)
        return cursor.column + ahead < line.count ? line[cursor.column + ahead] : nil
    }

    private func moveToNextLine(_ cursor: inout Cursor, lines: inout LineCache) {
        cursor.line += 1
        cursor.column = 0
        guard cursor.line < lines.count else { return }
        let line = lines.line(cursor.line)
        if let indentation = cursor.blockIndentation {
            while cursor.column < min(indentation, line.count), line[cursor.column] == " " { cursor.column += 1 }
        } else {
            while cursor.column < line.count, line[cursor.column] == " " || line[cursor.column] == "\t" {
                cursor.column += 1
            }
        }
    }

    /// Advances past the source text that produced `character`; returns where that text starts.
    private func consume(
        _ character: Unicode.Scalar, cursor: inout Cursor, style: YAMLNode.Scalar.Style, lines: inout LineCache
    ) -> (line: Int, column: Int) {
        while cursor.line < lines.count {
            guard let current = scalarAt(cursor, lines: &lines) else {
                // A line break in the source: it produced this space or newline (folding), or nothing.
                let position = cursor.position
                moveToNextLine(&cursor, lines: &lines)
                if character == " " || character == "\n" { return position }
                continue
            }
            let position = cursor.position
            if style == .doubleQuoted, current == "\\" {
                guard let escaped = scalarAt(cursor, ahead: 1, lines: &lines) else {
                    // An escaped line break joins the lines without producing anything.
                    moveToNextLine(&cursor, lines: &lines)
                    continue
                }
                let length =
                    switch escaped {
                    case "x": 4
                    case "u": 6
                    case "U": 10
                    default: 2
                    }
                cursor.column += length
                return position
            }
            if style == .singleQuoted, current == "'", character == "'",
                scalarAt(cursor, ahead: 1, lines: &lines) == "'"
            {
                cursor.column += 2
                return position
            }
            cursor.column += 1
            if current == character { return position }
            // Source text that produced nothing (trailing spaces before a fold): skip it.
        }
        return cursor.position
    }
}
