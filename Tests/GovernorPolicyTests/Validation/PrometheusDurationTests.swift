import Testing

@testable import GovernorPolicy

@Suite struct PrometheusDurationTests {
    @Test(
        arguments: [
            ("0", 0), ("500ms", 500), ("30s", 30_000), ("5m", 300_000), ("1h30m", 5_400_000), ("2d", 172_800_000),
            ("1w", 604_800_000), ("1y", 31_536_000_000), ("1h0m0s", 3_600_000),
        ] as [(String, Int64)])
    func validDurations(text: String, milliseconds: Int64) {
        #expect(PrometheusDuration.milliseconds(text) == milliseconds)
    }

    @Test(arguments: ["", "5", "5x", "1h5h", "1m1h", "-1m", "1.5h", "5 m", "h", "99999999999999999999y"])
    func invalidDurations(text: String) {
        #expect(PrometheusDuration.milliseconds(text) == nil)
    }
}
