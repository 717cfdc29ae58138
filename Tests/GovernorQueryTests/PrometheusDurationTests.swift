import Testing

@testable import GovernorQuery

@Suite struct PrometheusDurationTests {
    @Test(
        arguments: [
            ("5m", 300_000), ("1h30m", 5_400_000), ("1d", 86_400_000), ("1w", 604_800_000), ("1y", 31_536_000_000),
            ("10s", 10_000), ("250ms", 250), ("1m30s500ms", 90_500), ("0", 0), ("0s", 0),
        ] as [(String, Int64)])
    func parsesValidDurations(text: String, milliseconds: Int64) {
        #expect(PrometheusDuration.parse(text) == milliseconds)
    }

    @Test(arguments: ["", "5", "1.5h", "30s1m", "1h1h", "5M", "1hs", "-5m", "5 m", "ms", "99999999999999999y"])
    func rejectsInvalidDurations(text: String) {
        #expect(PrometheusDuration.parse(text) == nil)
    }

    @Test func explainsWhyADurationIsInvalid() {
        #expect(throws: DurationError(message: "not a valid duration string: \"1.5h\"")) {
            try PrometheusDuration.milliseconds("1.5h")
        }
        #expect(throws: DurationError(message: "empty duration string")) { try PrometheusDuration.milliseconds("") }
        #expect(throws: DurationError(message: "duration out of range")) { try PrometheusDuration.milliseconds("300y") }
    }

    @Test(
        arguments: [
            (0, "0s"), (300_000, "5m"), (5_400_000, "1h30m"), (86_400_000, "1d"), (1_209_600_000, "2w"),
            (7_776_000_000, "90d"), (31_536_000_000, "1y"), (1_500, "1s500ms"), (90_061_001, "1d1h1m1s1ms"),
        ] as [(Int64, String)])
    func formatsLikePrometheus(milliseconds: Int64, text: String) {
        #expect(PrometheusDuration.format(milliseconds) == text)
    }
}
