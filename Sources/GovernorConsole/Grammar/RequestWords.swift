/// A request split into words, each kept as typed (alert and group names are case-sensitive) and lowercased without
/// surrounding punctuation (for keywords).
struct RequestWords {
    let original: [String]
    let lowered: [String]

    init(_ text: String) {
        original = text.split(whereSeparator: \.isWhitespace).map {
            String($0).trimmingCharacters(in: RequestWords.edgePunctuation)
        }.filter { !$0.isEmpty }
        lowered = original.map { $0.lowercased() }
    }

    static let edgePunctuation: Set<Character> = ["?", "!", ".", ",", ";", ":", "(", ")", "'"]

    /// Words that never name an alert, a group or a silence.
    static let filler: Set<String> = [
        "the", "a", "an", "alert", "alerts", "group", "silence", "is", "are", "did", "does", "do", "not", "it", "for",
        "please", "now", "rule", "firing", "fire", "fired", "pending", "about", "of", "me", "show", "id", "with",
        "and", "to", "this", "that", "all", "just",
    ]

    func contains(_ word: String) -> Bool { lowered.contains(word) }

    func containsAny(_ words: Set<String>) -> Bool { lowered.contains { words.contains($0) } }

    /// The first word after any of `markers` that is not filler, as typed.
    func word(after markers: Set<String>) -> String? {
        guard let start = lowered.firstIndex(where: { markers.contains($0) }) else { return nil }
        return original[(start + 1)...].first { !RequestWords.filler.contains($0.lowercased()) }
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
