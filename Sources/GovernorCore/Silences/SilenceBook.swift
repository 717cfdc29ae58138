import GovernorQuery

/// The silences made at run time, with Alertmanager's rules for changing them (`silence/silence.go`): a change that
/// would rewrite history (other matchers, or moving the start of an active silence) expires the old silence and
/// makes a new one; expiring ends a silence at once; ended silences are forgotten `retention` after their end.
///
/// A value with the time passed in: the caller decides what "now" is, and persists what each change returns. A
/// change that throws leaves the book as it was.
public struct SilenceBook: Hashable, Sendable {
    /// Alertmanager's default `--data.retention`: how long an ended silence stays listed.
    public static let defaultRetention: Int64 = 120 * 3_600_000

    public private(set) var entries: [String: RuntimeSilence]

    public init(_ silences: [RuntimeSilence] = []) {
        entries = Dictionary(silences.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
    }

    /// What a change wrote: the id the caller should report, and every silence added or changed, to persist.
    public struct Change: Hashable, Sendable {
        public var id: String
        public var written: [RuntimeSilence]
    }

    /// Every silence, in id order, for the notification pipeline.
    public var silences: [Silence] {
        entries.values.map(\.silence).sorted { $0.id < $1.id }
    }

    /// Creates `proposed`, or updates the silence with its id (Alertmanager's `Set`). An update that would change
    /// what was already silenced expires the old silence instead, and creates a new one with a new id. A start in
    /// the past becomes `now`.
    public mutating func set(_ proposed: Silence, at now: Int64, newID: () -> String) throws(SilenceBookError)
        -> Change
    {
        var written: [RuntimeSilence] = []
        if !proposed.id.isEmpty {
            guard let previous = entries[proposed.id] else { throw .notFound }
            if Self.canUpdate(previous.silence, to: proposed, at: now) {
                try Self.validate(proposed)
                let entry = RuntimeSilence(proposed, updatedAt: now)
                entries[entry.id] = entry
                return Change(id: entry.id, written: [entry])
            }
            if previous.silence.state(at: now) != .expired {
                written.append(Self.expired(previous, at: now))
            }
        }
        var silence = proposed
        silence.id = newID()
        silence.location = nil
        if silence.startsAt < now { silence.startsAt = now }
        // Checked before anything is stored, so a refused replacement leaves the old silence running.
        try Self.validate(silence)
        written.append(RuntimeSilence(silence, updatedAt: now))
        for entry in written { entries[entry.id] = entry }
        return Change(id: silence.id, written: written)
    }

    /// Ends the silence now (Alertmanager's `Expire`): an active one ends at `now`, a pending one starts and ends
    /// at `now`. Returns the changed silence, to persist.
    public mutating func expire(id: String, at now: Int64) throws(SilenceBookError) -> RuntimeSilence {
        guard let entry = entries[id] else { throw .notFound }
        guard entry.silence.state(at: now) != .expired else {
            throw SilenceBookError(.alreadyExpired, "silence \(id) already expired")
        }
        let expired = Self.expired(entry, at: now)
        entries[id] = expired
        return expired
    }

    /// Forgets the silences that ended more than `retention` before `now`; returns their ids, to delete.
    public mutating func collectGarbage(at now: Int64, retention: Int64 = SilenceBook.defaultRetention) -> [String] {
        let old = entries.values.filter { $0.silence.endsAt + retention <= now }.map(\.id).sorted()
        for id in old { entries[id] = nil }
        return old
    }

    private static func expired(_ entry: RuntimeSilence, at now: Int64) -> RuntimeSilence {
        var silence = entry.silence
        if silence.state(at: now) == .pending { silence.startsAt = now }
        silence.endsAt = now
        return RuntimeSilence(silence, updatedAt: now)
    }

    /// Whether `previous` can become `next` without changing what it already silenced (Alertmanager's
    /// `canUpdate`): same matchers, and for an active silence the same start and an end not in the past.
    private static func canUpdate(_ previous: Silence, to next: Silence, at now: Int64) -> Bool {
        guard previous.matchers == next.matchers else { return false }
        switch previous.state(at: now) {
        case .active: return next.startsAt == previous.startsAt && next.endsAt >= now
        case .pending: return next.startsAt >= now
        case .expired: return false
        }
    }

    /// Alertmanager's `validateSilence`, with its messages.
    static func validate(_ silence: Silence) throws(SilenceBookError) {
        let invalid = { (message: String) in SilenceBookError(.invalid, "silence invalid: \(message)") }
        guard !silence.matchers.isEmpty else { throw invalid("at least one matcher required") }
        for (index, matcher) in silence.matchers.enumerated() where !isLabelName(matcher.name) {
            throw invalid("invalid label matcher \(index): invalid label name \(quotedLabelValue(matcher.name))")
        }
        if silence.matchers.allSatisfy(\.matchesEmpty) {
            throw invalid("at least one matcher must not match the empty string")
        }
        if silence.endsAt < silence.startsAt { throw invalid("end time must not be before start time") }
    }

    /// Prometheus's label name rule: `[a-zA-Z_][a-zA-Z0-9_]*`.
    static func isLabelName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
        }
    }
}
