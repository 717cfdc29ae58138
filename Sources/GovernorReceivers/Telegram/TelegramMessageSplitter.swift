/// Cuts a message into parts Telegram accepts (at most 4096 UTF-16 units each), on line boundaries when it
/// can, and never inside an escape sequence (`\_`) or an HTML entity (`&amp;`), which would make the Bot API
/// refuse the part or show garbage.
enum TelegramMessageSplitter {
    static let limit = 4096

    static func split(_ text: String, limit: Int = limit) -> [String] {
        guard text.utf16.count > limit else { return [text] }
        var parts: [String] = []
        var current = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let joined = current.isEmpty ? line : current + "\n" + line
            if joined.utf16.count <= limit {
                current = joined
                continue
            }
            if !current.isEmpty { parts.append(current) }
            current = ""
            var rest = line
            while rest.utf16.count > limit {
                let cut = safeCut(rest, limit: limit)
                parts.append(String(rest[..<cut]))
                rest = String(rest[cut...])
            }
            current = rest
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// The latest index at most `limit` UTF-16 units in that does not split `\x` or `&…;`.
    private static func safeCut(_ text: String, limit: Int) -> String.Index {
        var cut = text.startIndex
        var units = 0
        for index in text.indices {
            let width = text[index].utf16.count
            if units + width > limit { break }
            units += width
            cut = text.index(after: index)
        }
        // Back off so a backslash is not separated from the character it escapes.
        var backslashes = 0
        var probe = cut
        while probe > text.startIndex, text[text.index(before: probe)] == "\\" {
            backslashes += 1
            probe = text.index(before: probe)
        }
        if backslashes % 2 == 1 { cut = text.index(before: cut) }
        // Back off to before an unfinished entity: an `&` with no `;` between it and the cut.
        if let ampersand = text[..<cut].lastIndex(of: "&"), !text[ampersand..<cut].contains(";"),
            text.distance(from: ampersand, to: cut) <= 10, ampersand > text.startIndex
        {
            cut = ampersand
        }
        return cut > text.startIndex ? cut : text.index(after: text.startIndex)
    }
}
