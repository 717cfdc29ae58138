import Testing

@testable import GovernorHTTP

/// Times as go-openapi's `strfmt.DateTime` writes them and the forms of RFC 3339 clients send.
@Suite struct AlertmanagerTimeTests {
    @Test func timesAreWrittenInUTCWithMilliseconds() {
        #expect(AlertmanagerTime.format(0) == "1970-01-01T00:00:00.000Z")
        #expect(AlertmanagerTime.format(1_800_000_000_123) == "2027-01-15T08:00:00.123Z")
        #expect(AlertmanagerTime.format(-1) == "1969-12-31T23:59:59.999Z")
        #expect(AlertmanagerTime.format(951_782_400_000) == "2000-02-29T00:00:00.000Z")
    }

    @Test(
        arguments: [
            ("2027-01-15T08:00:00Z", 1_800_000_000_000),
            ("2027-01-15T08:00:00.123Z", 1_800_000_000_123),
            ("2027-01-15T08:00:00.1234567Z", 1_800_000_000_123),
            ("2027-01-15T08:00:00.5Z", 1_800_000_000_500),
            ("2027-01-15T10:00:00+02:00", 1_800_000_000_000),
            ("2027-01-15T03:30:00.000-04:30", 1_800_000_000_000),
        ] as [(String, Int64)])
    func rfc3339IsRead(text: String, expected: Int64) {
        #expect(AlertmanagerTime.parse(text) == expected)
    }

    @Test(arguments: ["", "2027-01-15", "2027-01-15T08:00:00", "2027-13-01T00:00:00Z", "2027-01-15T08:00:00.Z", "x"])
    func otherTextIsRefused(text: String) {
        #expect(AlertmanagerTime.parse(text) == nil)
    }
}
