/// Tab completion: the first word from the intents' words, later words from the alert and group names.
public enum ConsoleCompletion {
    /// The words a request usually starts with.
    public static let firstWords = [
        "status", "audit", "payments", "slo", "kpis", "forecast", "alerts", "explain", "routes", "silence", "expire",
        "run", "pause", "resume", "reload", "help", "quit",
    ]

    /// The completions of the line's last word, sorted; the whole line with that word replaced.
    public static func complete(_ line: String, vocabulary: ConsoleVocabulary) -> [String] {
        let endsWithSpace = line.last?.isWhitespace ?? true
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        let partial = endsWithSpace ? "" : (words.last ?? "")
        let head = endsWithSpace ? line : String(line.dropLast(partial.count))
        let pool = words.count <= 1 && !endsWithSpace ? firstWords : vocabulary.alertNames + vocabulary.groups
        let matches = Set(pool.filter { $0.lowercased().hasPrefix(partial.lowercased()) }).sorted()
        return matches.map { head + $0 }
    }

    /// The longest start the completions share, so a tab extends the line as far as it is unambiguous.
    public static func commonPrefix(_ lines: [String]) -> String? {
        guard var prefix = lines.first else { return nil }
        for line in lines.dropFirst() {
            while !line.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
