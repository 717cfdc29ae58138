import GovernorPromQLTest
import GovernorQuery
import Testing

@Suite struct PrometheusDurationTests {
    @Test(arguments: [
        ("0", Int64(0)), ("1ms", 1), ("10s", 10_000), ("5m", 300_000), ("1h30m", 5_400_000), ("2d", 172_800_000),
        ("1w", 604_800_000), ("1y", 31_536_000_000), ("1m1ms", 60_001),
    ])
    func readsUnitsInOrder(text: String, milliseconds: Int64) {
        #expect(PrometheusDuration.milliseconds(text) == .success(milliseconds))
    }

    @Test(arguments: ["5", "m", "5x", "1s1m", "1.5m", "-5m", " 5m"])
    func rejectsWhatPrometheusRejects(text: String) {
        #expect(
            PrometheusDuration.milliseconds(text)
                == .failure(DurationError(message: "not a valid duration string: \"\(text)\"")))
    }

    @Test func emptyIsItsOwnError() {
        #expect(PrometheusDuration.milliseconds("") == .failure(DurationError(message: "empty duration string")))
    }
}
