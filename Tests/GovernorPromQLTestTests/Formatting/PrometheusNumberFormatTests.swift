import GovernorQuery
import Testing

/// Expected strings are what Go's strconv.FormatFloat(v, 'f', -1, 64) prints.
@Suite struct PrometheusNumberFormatTests {
    @Test(arguments: [
        (1.0, "1"), (-2.5, "-2.5"), (0.1, "0.1"), (0.1 + 0.2, "0.30000000000000004"), (1e-7, "0.0000001"),
        (12_340_000, "12340000"), (1e21, "1000000000000000000000"), (123_456_789.125, "123456789.125"),
        (1.5e-5, "0.000015"), (100, "100"), (0, "0"), (-0.0, "-0"), (.infinity, "+Inf"), (-.infinity, "-Inf"),
        (.nan, "NaN"), (1_700_000_000_000, "1700000000000"),
    ])
    func formatsLikeGo(value: Double, text: String) {
        #expect(PrometheusNumberFormat.string(value) == text)
    }

    @Test func extremes() {
        #expect(PrometheusNumberFormat.string(5e-324) == "0." + String(repeating: "0", count: 323) + "5")
        #expect(
            PrometheusNumberFormat.string(.greatestFiniteMagnitude) == "17976931348623157"
                + String(repeating: "0", count: 292))
    }

    @Test func staleMarkerPrintsAsNaN() {
        #expect(PrometheusNumberFormat.string(StaleMarker.value) == "NaN")
    }
}

@Suite struct PrometheusTimestampFormatTests {
    @Test(arguments: [
        (Int64(1_435_781_451_781), "1435781451.781"), (0, "0"), (1_500, "1.500"), (1_005, "1.005"), (1_050, "1.050"),
        (600_000, "600"), (-1_500, "-1.500"),
    ])
    func secondsLikeThePrometheusAPI(timestamp: Int64, text: String) {
        #expect(PrometheusTimestampFormat.seconds(timestamp) == text)
    }
}
