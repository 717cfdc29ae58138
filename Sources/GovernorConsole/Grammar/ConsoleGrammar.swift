public import GovernorCore
import GovernorQuery

/// The deterministic interpreter: keywords and synonyms, weighted, with the arguments read from the words around
/// them. It needs no language model and answers the same way every time; what it cannot place gets a clarifying
/// answer naming the closest intents.
public struct ConsoleGrammar: Sendable {
    public var vocabulary: ConsoleVocabulary

    public init(vocabulary: ConsoleVocabulary = ConsoleVocabulary()) {
        self.vocabulary = vocabulary
    }

    public func interpret(_ text: String) -> Interpretation {
        let words = RequestWords(text)
        guard !words.lowered.isEmpty else {
            return .clarify(
                Clarification("Ask for something, for example:", suggestions: [.status, .objectives, .forecast]))
        }
        if let kind = changingVerb(words) { return arguments(for: kind, words) }
        let runVerb = words.containsAny(["run", "trigger", "start", "kick", "execute", "now"])
        if runVerb, words.containsAny(["governance", "compliance"]) { return arguments(for: .runGovernance, words) }
        if runVerb, words.containsAny(["forecast", "forecasts", "prediction", "predict"]) {
            return arguments(for: .runForecast, words)
        }
        let scored = IntentKind.allCases.filter { $0.action == nil }.map { kind in
            (kind, words.lowered.reduce(0) { $0 + (kind.keywords[$1] ?? 0) })
        }
        let best = scored.map(\.1).max() ?? 0
        guard best > 0 else {
            return .clarify(
                Clarification(
                    "I don't know how to do that. The closest things I can do:", suggestions: closest(to: words)))
        }
        let winners = scored.filter { $0.1 == best }.map(\.0)
        guard winners.count == 1 else {
            return .clarify(Clarification("That could mean more than one thing. Did you mean:", suggestions: winners))
        }
        return arguments(for: winners[0], words)
    }

    /// A verb that names a changing intent outright: these win over any reading keyword.
    private func changingVerb(_ words: RequestWords) -> IntentKind? {
        if words.containsAny(["expire", "unsilence", "unmute", "unsnooze"]) { return .expireSilence }
        if words.containsAny(["silence", "mute", "snooze"]) { return .silence }
        if words.containsAny(["pause", "suspend"]) { return .pauseGroup }
        if words.containsAny(["resume", "unpause"]) { return .resumeGroup }
        if words.containsAny(["reload", "reread"]) { return .reload }
        return nil
    }

    private func arguments(for kind: IntentKind, _ words: RequestWords) -> Interpretation {
        switch kind {
        case .status: return .intent(.status)
        case .audit: return .intent(.audit)
        case .payments: return .intent(.payments)
        case .objectives: return .intent(.objectives)
        case .forecast: return .intent(.forecast)
        case .alerts: return .intent(.alerts)
        case .explain:
            guard let alert = knownAlert(words) ?? words.word(after: ["explain", "why"]) else {
                return needs(kind, "Explain which alert?")
            }
            return .intent(.explain(alert: alert))
        case .routes:
            var labels = Self.labels(words.original)
            if labels["alertname"] == nil, let alert = knownAlert(words) ?? words.word(after: ["about"]) {
                labels["alertname"] = alert
            }
            guard !labels.isEmpty else { return needs(kind, "Routes for which labels?") }
            return .intent(.routes(labels: labels))
        case .silence:
            let duration = words.original.first { word in PrometheusDuration.parse(word).map { $0 > 0 } ?? false }
            var matchers = words.original.filter { $0.contains("=") }
            if matchers.isEmpty {
                if let alert = knownAlert(words) ?? words.word(after: ["silence", "mute", "snooze"]),
                    alert != duration
                {
                    matchers = ["alertname=\"\(alert)\""]
                }
            }
            guard !matchers.isEmpty else { return needs(kind, "Silence which alert?") }
            guard let duration else { return needs(kind, "For how long? Give a duration such as 30m or 2h.") }
            return action(.silence, ["matchers": .array(matchers.map { .string($0) }), "duration": .string(duration)])
        case .expireSilence:
            let id =
                words.original.first { Self.looksLikeID($0) }
                ?? words.word(after: ["expire", "unsilence", "unmute", "unsnooze", "silence"])
            guard let id else { return needs(kind, "Expire which silence? Give its id.") }
            return action(.expireSilence, ["id": .string(id)])
        case .pauseGroup, .resumeGroup:
            let group =
                words.original.lazy.compactMap { vocabulary.group(matching: $0) }.first
                ?? words.word(after: ["group", "pause", "suspend", "resume", "unpause"])
            guard let group else { return needs(kind, "Which group?") }
            return action(kind.action!, ["group": .string(group)])
        case .runGovernance: return action(.runGovernance, [:])
        case .runForecast: return action(.runForecast, [:])
        case .reload: return action(.reload, [:])
        }
    }

    private func action(_ action: OpsAction, _ arguments: [String: JSONValue]) -> Interpretation {
        do {
            return .intent(.action(try OpsActionRequestText(action, arguments)))
        } catch {
            return .clarify(Clarification(error.message, suggestions: [IntentKind(rawValue: action.rawValue)!]))
        }
    }

    private func needs(_ kind: IntentKind, _ question: String) -> Interpretation {
        .clarify(Clarification(question, suggestions: [kind]))
    }

    private func knownAlert(_ words: RequestWords) -> String? {
        words.original.lazy.compactMap { vocabulary.alert(matching: $0) }.first
    }

    /// `name=value` words as labels, quotes around the value dropped.
    static func labels(_ words: [String]) -> [String: String] {
        var labels: [String: String] = [:]
        for word in words {
            guard let equals = word.firstIndex(of: "="), equals != word.startIndex else { continue }
            let name = String(word[..<equals])
            var value = Substring(word[word.index(after: equals)...])
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
            labels[name] = String(value)
        }
        return labels
    }

    /// A silence id: Governor's are lowercase UUIDs.
    static func looksLikeID(_ word: String) -> Bool {
        word.count == 36 && word.filter { $0 == "-" }.count == 4 && word.allSatisfy { $0.isHexDigit || $0 == "-" }
    }

    /// The three intents whose words are nearest to the request's, by edit distance.
    func closest(to words: RequestWords) -> [IntentKind] {
        let ranked = IntentKind.allCases.map { kind -> (IntentKind, Double) in
            let names = Array(kind.keywords.keys) + [kind.rawValue]
            let best = words.lowered.flatMap { word in names.map { Self.similarity(word, $0) } }.max() ?? 0
            return (kind, best)
        }
        return ranked.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0.rawValue < $1.0.rawValue) }.prefix(3).map(\.0)
    }

    /// 1 for equal words, 0 for nothing in common (Levenshtein distance over the longer length).
    static func similarity(_ a: String, _ b: String) -> Double {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        let distance = a.isEmpty ? b.count : previous[b.count]
        return 1 - Double(distance) / Double(max(a.count, b.count))
    }
}
