import Testing

@testable import GovernorPolicy

@Suite struct PercentageTests {
    @Test(arguments: ["99.9%", "99.9", "0.999", " 99.9 % "])
    func targetsInEveryNotationAgree(text: String) throws {
        let fraction = try #require(Percentage.fraction(text))
        #expect(abs(fraction - 0.999) < 1e-12)
    }

    @Test func thresholdsAreInPercent() {
        #expect(Percentage.percent("10%", fractionsAllowed: false) == 10)
        #expect(Percentage.percent("10", fractionsAllowed: false) == 10)
        #expect(Percentage.percent("0.5", fractionsAllowed: false) == 0.5)
    }

    @Test(arguments: ["", "%", "ten", "inf", "nan%"])
    func rejectsNonNumbers(text: String) {
        #expect(Percentage.fraction(text) == nil)
    }
}
