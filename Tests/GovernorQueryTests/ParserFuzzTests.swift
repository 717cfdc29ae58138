import Testing

@testable import GovernorQuery

@Suite struct ParserFuzzTests {
    /// Parsing must never crash; whatever parses must print to text that parses back to the same printing.
    @Test func randomInputsNeverCrash() throws {
        var seeds = try ParserConformanceTests.corpusExpressions().map(\.expression)
        if seeds.isEmpty { seeds = ["sum by (job) (rate(x{a=\"b\"}[5m] offset 1m))", "a + on(b) group_left c"] }
        var random = SplitMix64(state: 42)
        var parsedCount = 0
        for iteration in 0..<12_000 {
            let input: String
            switch iteration % 3 {
            case 0: input = ExpressionFuzzer.mutate(seeds.randomElement(using: &random)!, using: &random)
            case 1: input = ExpressionFuzzer.tokenSoup(using: &random)
            default: input = ExpressionFuzzer.randomBytes(using: &random)
            }
            guard let expr = try? Parser.parse(input) else { continue }
            parsedCount += 1
            let printed = expr.description
            #expect((try? Parser.parse(printed))?.description == printed, "input: \(input)")
        }
        #expect(parsedCount > 100)
    }
}
