import GovernorQuery
import Testing

/// Expected spellings are Go's `fmt.Sprint(float64)` and `strconv.FormatFloat(f, 'f', -1, 64)`.
@Suite struct GoFloatFormatTests {
    @Test(arguments: [
        (0.9990000000000001, "0.9990000000000001"), (0.0009999999999999432, "0.0009999999999999432"), (14.4, "14.4"),
        (30, "30"), (6, "6"), (0.00001, "1e-05"), (1_000_000, "1e+06"), (123456, "123456"), (0.5, "0.5"),
        (-2.5, "-2.5"), (0.0001, "0.0001"),
    ])
    func printsLikeGosV(value: Double, expected: String) {
        #expect(GoFloatFormat.general(value) == expected)
    }

    @Test(arguments: [(99.9, "99.9"), (95, "95"), (1_000_000, "1000000"), (0.00001, "0.00001")])
    func printsLikeGosF(value: Double, expected: String) {
        #expect(PrometheusNumberFormat.string(value) == expected)
    }
}
