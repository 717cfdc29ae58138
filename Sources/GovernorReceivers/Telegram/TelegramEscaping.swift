import GovernorCore

/// Makes plain text safe to send with a Telegram parse mode, so that a label value like `p95_latency` or
/// `a<b` is shown as written instead of starting an entity or being refused by the Bot API.
enum TelegramEscaping {
    /// Characters MarkdownV2 reserves; each must be preceded by a backslash outside entities.
    static let markdownV2Reserved: Set<Character> = [
        "_", "*", "[", "]", "(", ")", "~", "`", ">", "#", "+", "-", "=", "|", "{", "}", ".", "!", "\\",
    ]
    /// The legacy Markdown mode only knows these.
    static let markdownReserved: Set<Character> = ["_", "*", "`", "["]

    static func escape(_ text: String, for mode: TelegramParseMode?) -> String {
        switch mode {
        case nil:
            return text
        case .html:
            var escaped = ""
            for character in text {
                switch character {
                case "&": escaped += "&amp;"
                case "<": escaped += "&lt;"
                case ">": escaped += "&gt;"
                default: escaped.append(character)
                }
            }
            return escaped
        case .markdown:
            return backslashing(text, markdownReserved)
        case .markdownV2:
            return backslashing(text, markdownV2Reserved)
        }
    }

    private static func backslashing(_ text: String, _ reserved: Set<Character>) -> String {
        var escaped = ""
        for character in text {
            if reserved.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
