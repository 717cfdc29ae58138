import Testing

@testable import GovernorQuery

@Suite struct NativeHistogramFunctionsTests {
    @Test func floatSamplesGiveAnEmptyVector() throws {
        let floats = InstantVector([sample(["__name__": "h", "le": "1"], 3)])
        #expect(try callInstant("histogram_count", [.vector(floats)]) == .vector([]))
        #expect(try callInstant("histogram_sum", [.vector(floats)]) == .vector([]))
        #expect(try callInstant("histogram_fraction", [.scalar(0), .scalar(1), .vector(floats)]) == .vector([]))
    }
}
