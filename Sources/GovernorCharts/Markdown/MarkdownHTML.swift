/// Turns the project's Markdown docs into HTML for the dashboard: headings, paragraphs, lists, fenced code,
/// tables, block quotes, and inline code, emphasis and links. Everything the text contains is escaped first; only
/// the tags this renderer writes reach the page, and a link goes only to `http(s):`, `#` or a relative path, so a
/// doc cannot inject a script.
public enum MarkdownHTML {
    public static func render(_ markdown: String) -> String {
        var blocks = MarkdownBlocks()
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            blocks.read(String(line.hasSuffix("\r") ? line.dropLast() : line[...]))
        }
        blocks.closeAll()
        return blocks.html
    }

    /// Inline Markdown in one line of text: code spans, `**strong**`, `*em*`/`_em_`, `[text](url)`.
    public static func inline(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let first = rest.first {
            if first == "`", let end = rest.dropFirst().firstIndex(of: "`") {
                out += "<code>" + SVGText.escape(String(rest[rest.index(after: rest.startIndex)..<end])) + "</code>"
                rest = rest[rest.index(after: end)...]
            } else if rest.hasPrefix("**"), let end = rest.dropFirst(2).firstRange(of: "**") {
                out +=
                    "<strong>" + inline(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]))
                    + "</strong>"
                rest = rest[end.upperBound...]
            } else if first == "*" || first == "_", rest.count > 2, let next = rest.dropFirst().first, next != " ",
                let end = rest.dropFirst().firstIndex(of: first), end > rest.index(after: rest.startIndex),
                first == "*" || out.last.map({ !$0.isLetter && !$0.isNumber }) ?? true
            {
                out += "<em>" + inline(String(rest[rest.index(after: rest.startIndex)..<end])) + "</em>"
                rest = rest[rest.index(after: end)...]
            } else if first == "[", let close = rest.firstIndex(of: "]"),
                rest[rest.index(after: close)...].hasPrefix("("),
                let paren = rest[close...].firstIndex(of: ")")
            {
                let label = String(rest[rest.index(after: rest.startIndex)..<close])
                let target = String(rest[rest.index(close, offsetBy: 2)..<paren])
                out += link(label: label, target: target)
                rest = rest[rest.index(after: paren)...]
            } else {
                out += SVGText.escape(String(first))
                rest = rest.dropFirst()
            }
        }
        return out
    }

    static func link(label: String, target: String) -> String {
        let lowered = target.lowercased()
        let safe =
            lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("#")
            || (!lowered.contains(":") && !lowered.hasPrefix("//"))
        guard safe else { return inline(label) }
        let external = lowered.hasPrefix("http") ? " rel=\"noopener noreferrer\"" : ""
        return "<a href=\"\(SVGText.escape(target))\"\(external)>\(inline(label))</a>"
    }
}
