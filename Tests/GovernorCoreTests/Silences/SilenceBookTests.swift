import GovernorCore
import GovernorQuery
import Testing

/// Alertmanager's rules for setting and expiring silences (`silence/silence_test.go`'s `TestSilenceSet`,
/// `TestSilenceExpire`, `TestValidateSilence`), on a book with no clock and no store.
@Suite struct SilenceBookTests {
    static func silence(
        id: String = "", _ matchers: [LabelMatcher]? = nil, startsAt: Int64 = 1_000, endsAt: Int64 = 10_000
    ) throws -> Silence {
        Silence(
            id: id, matchers: try matchers ?? [LabelMatcher(name: "alertname", type: .equal, value: "DiskFull")],
            startsAt: startsAt, endsAt: endsAt, comment: "disk swap", createdBy: "ops")
    }

    /// Ids in order of creation, so tests can name them.
    final class Ids {
        var next = 0
        func make() -> String {
            next += 1
            return "s\(next)"
        }
    }

    @Test func aNewSilenceGetsAFreshIdAndAStartInThePastBecomesNow() throws {
        var book = SilenceBook()
        let ids = Ids()
        let change = try book.set(try Self.silence(startsAt: 100), at: 500, newID: ids.make)
        #expect(change.id == "s1")
        #expect(change.written.map(\.silence.startsAt) == [500])
        #expect(change.written.map(\.updatedAt) == [500])
        #expect(book.entries["s1"]?.silence.state(at: 500) == .active)
    }

    @Test func anActiveSilenceWithTheSameMatchersAndStartIsUpdatedInPlace() throws {
        var book = SilenceBook()
        let ids = Ids()
        _ = try book.set(try Self.silence(), at: 1_000, newID: ids.make)
        let change = try book.set(try Self.silence(id: "s1", endsAt: 20_000), at: 2_000, newID: ids.make)
        #expect(change.id == "s1")
        #expect(book.entries.count == 1)
        #expect(book.entries["s1"]?.silence.endsAt == 20_000)
        #expect(book.entries["s1"]?.updatedAt == 2_000)
    }

    @Test func changingTheMatchersOfAnActiveSilenceExpiresItAndCreatesANewOne() throws {
        var book = SilenceBook()
        let ids = Ids()
        _ = try book.set(try Self.silence(), at: 1_000, newID: ids.make)
        let other = try [LabelMatcher(name: "alertname", type: .regexMatch, value: "Disk.*")]
        let change = try book.set(try Self.silence(id: "s1", other), at: 3_000, newID: ids.make)
        #expect(change.id == "s2")
        #expect(change.written.map(\.id) == ["s1", "s2"])
        #expect(book.entries["s1"]?.silence.endsAt == 3_000)
        #expect(book.entries["s1"]?.silence.state(at: 3_001) == .expired)
        #expect(book.entries["s2"]?.silence.matchers == other)
        #expect(book.entries["s2"]?.silence.startsAt == 3_000)
    }

    @Test func movingTheStartOfAnActiveSilenceReplacesIt() throws {
        var book = SilenceBook()
        let ids = Ids()
        _ = try book.set(try Self.silence(), at: 1_000, newID: ids.make)
        let change = try book.set(try Self.silence(id: "s1", startsAt: 5_000), at: 2_000, newID: ids.make)
        #expect(change.id == "s2")
        #expect(book.entries["s2"]?.silence.state(at: 2_000) == .pending)
    }

    @Test func anUnknownIdIsNotFoundAndChangesNothing() throws {
        var book = SilenceBook()
        #expect(throws: SilenceBookError(.notFound, "silence not found")) {
            try book.set(try Self.silence(id: "nope"), at: 1_000) { "x" }
        }
        #expect(book.entries.isEmpty)
    }

    @Test func aRefusedReplacementLeavesTheOldSilenceRunning() throws {
        var book = SilenceBook()
        let ids = Ids()
        _ = try book.set(try Self.silence(), at: 1_000, newID: ids.make)
        let matchesEmpty = try [LabelMatcher(name: "alertname", type: .regexMatch, value: ".*")]
        #expect(throws: SilenceBookError.self) {
            try book.set(try Self.silence(id: "s1", matchesEmpty), at: 2_000, newID: ids.make)
        }
        #expect(book.entries["s1"]?.silence.state(at: 2_000) == .active)
        #expect(book.entries.count == 1)
    }

    @Test func invalidSilencesAreRefusedWithAlertmanagersWords() throws {
        var book = SilenceBook()
        let cases: [([LabelMatcher], Int64, String)] = [
            ([], 10_000, "silence invalid: at least one matcher required"),
            (
                [
                    try LabelMatcher(name: "a", type: .equal, value: ""),
                    try LabelMatcher(name: "b", type: .regexMatch, value: "x?"),
                ],
                10_000, "silence invalid: at least one matcher must not match the empty string"
            ),
            (
                [try LabelMatcher(name: "0bad", type: .equal, value: "x")], 10_000,
                "silence invalid: invalid label matcher 0: invalid label name \"0bad\""
            ),
            (
                [try LabelMatcher(name: "a", type: .equal, value: "x")], 500,
                "silence invalid: end time must not be before start time"
            ),
        ]
        for (matchers, endsAt, message) in cases {
            #expect(throws: SilenceBookError(.invalid, message)) {
                try book.set(try Self.silence(matchers, startsAt: 1_000, endsAt: endsAt), at: 1_000) { "x" }
            }
        }
        #expect(book.entries.isEmpty)
    }

    @Test func expiringEndsAnActiveSilenceNowAndAPendingOneBeforeItStarts() throws {
        var book = SilenceBook()
        let ids = Ids()
        _ = try book.set(try Self.silence(), at: 1_000, newID: ids.make)
        _ = try book.set(try Self.silence(startsAt: 8_000), at: 1_000, newID: ids.make)
        let active = try book.expire(id: "s1", at: 4_000)
        #expect((active.silence.startsAt, active.silence.endsAt, active.updatedAt) == (1_000, 4_000, 4_000))
        let pending = try book.expire(id: "s2", at: 4_000)
        #expect((pending.silence.startsAt, pending.silence.endsAt) == (4_000, 4_000))
        #expect(throws: SilenceBookError(.alreadyExpired, "silence s1 already expired")) {
            try book.expire(id: "s1", at: 5_000)
        }
        #expect(throws: SilenceBookError(.notFound, "silence not found")) { try book.expire(id: "s9", at: 5_000) }
    }

    @Test func endedSilencesAreForgottenAfterTheRetention() throws {
        var book = SilenceBook()
        let ids = Ids()
        _ = try book.set(try Self.silence(endsAt: 10_000), at: 1_000, newID: ids.make)
        _ = try book.set(try Self.silence(endsAt: 50_000), at: 1_000, newID: ids.make)
        #expect(book.collectGarbage(at: 20_000, retention: 10_001).isEmpty)
        #expect(book.collectGarbage(at: 20_001, retention: 10_001) == ["s1"])
        #expect(book.entries.keys.sorted() == ["s2"])
        #expect(book.silences.map(\.id) == ["s2"])
    }
}
