/// The block structure of a Markdown document, read one line at a time: what is open (a paragraph, a list, a
/// code fence, a table) decides what the next line means.
struct MarkdownBlocks {
    private enum Open {
        case none
        case paragraph([String])
        case list(ordered: Bool, items: [String])
        case code(language: String, lines: [String])
        case table([[String]])
        case quote([String])
    }

    private(set) var html = ""
    private var open = Open.none

    mutating func read(_ line: String) {
        let trimmed = line.trimming(" \t")
        if case .code(let language, var lines) = open {
            if trimmed.hasPrefix("```") {
                let cls = language.isEmpty ? "" : " class=\"language-\(SVGText.escape(language))\""
                html += "<pre><code\(cls)>" + SVGText.escape(lines.joined(separator: "\n")) + "</code></pre>\n"
                open = .none
            } else {
                lines.append(line)
                open = .code(language: language, lines: lines)
            }
            return
        }
        if trimmed.hasPrefix("```") {
            closeAll()
            open = .code(language: String(trimmed.dropFirst(3)).trimming(" "), lines: [])
        } else if trimmed.isEmpty {
            closeAll()
        } else if let level = Self.headingLevel(trimmed) {
            closeAll()
            let text = String(trimmed.dropFirst(level)).trimming(" #")
            html += "<h\(level) id=\"\(Self.anchor(text))\">\(MarkdownHTML.inline(text))</h\(level)>\n"
        } else if trimmed.hasPrefix("|") {
            let cells = Self.cells(trimmed)
            if case .table(var rows) = open {
                if !cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } && !$0.isEmpty }) { rows.append(cells) }
                open = .table(rows)
            } else {
                closeAll()
                open = .table([cells])
            }
        } else if trimmed.hasPrefix(">") {
            var lines: [String] = []
            if case .quote(let existing) = open { lines = existing } else { closeAll() }
            lines.append(String(trimmed.dropFirst()).trimming(" "))
            open = .quote(lines)
        } else if let (ordered, item) = Self.listItem(trimmed), line.prefix(while: { $0 == " " }).count < 2 {
            var items: [String] = []
            if case .list(let wasOrdered, let existing) = open, wasOrdered == ordered {
                items = existing
            } else {
                closeAll()
            }
            items.append(item)
            open = .list(ordered: ordered, items: items)
        } else {
            switch open {
            case .list(let ordered, var items) where !items.isEmpty:
                let nested = Self.listItem(trimmed).map { "\n" + $0.1 } ?? " " + trimmed
                items[items.count - 1] += nested
                open = .list(ordered: ordered, items: items)
            case .paragraph(var lines):
                lines.append(trimmed)
                open = .paragraph(lines)
            case .quote(var lines):
                lines.append(trimmed)
                open = .quote(lines)
            default:
                closeAll()
                open = .paragraph([trimmed])
            }
        }
    }

    mutating func closeAll() {
        switch open {
        case .none: break
        case .paragraph(let lines): html += "<p>" + MarkdownHTML.inline(lines.joined(separator: " ")) + "</p>\n"
        case .quote(let lines):
            html += "<blockquote><p>" + MarkdownHTML.inline(lines.joined(separator: " ")) + "</p></blockquote>\n"
        case .list(let ordered, let items):
            let tag = ordered ? "ol" : "ul"
            html +=
                "<\(tag)>"
                + items.map { item in
                    "<li>"
                        + item.split(separator: "\n").map { MarkdownHTML.inline(String($0)) }
                        .joined(separator: "<br>") + "</li>"
                }.joined() + "</\(tag)>\n"
        case .code(_, let lines):
            html += "<pre><code>" + SVGText.escape(lines.joined(separator: "\n")) + "</code></pre>\n"
        case .table(let rows):
            html += "<div class=\"table-scroll\"><table>"
            for (index, row) in rows.enumerated() {
                let tag = index == 0 ? "th" : "td"
                html += "<tr>" + row.map { "<\(tag)>\(MarkdownHTML.inline($0))</\(tag)>" }.joined() + "</tr>"
            }
            html += "</table></div>\n"
        }
        open = .none
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    private static func listItem(_ line: String) -> (Bool, String)? {
        for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) { return (false, String(line.dropFirst(2))) }
        let digits = line.prefix(while: \.isNumber)
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
            return (true, String(line.dropFirst(digits.count + 2)))
        }
        return nil
    }

    private static func cells(_ line: String) -> [String] {
        var body = Substring(line)
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|") { body = body.dropLast() }
        var cells: [String] = []
        var current = ""
        var inCode = false
        var previous: Character = " "
        for character in body {
            if character == "`" { inCode.toggle() }
            if character == "|" && !inCode && previous != "\\" {
                cells.append(current.trimming(" "))
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        cells.append(current.trimming(" "))
        return cells
    }

    static func anchor(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}

extension String {
    /// Foundation-free trimming of the given characters at both ends.
    func trimming(_ set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
