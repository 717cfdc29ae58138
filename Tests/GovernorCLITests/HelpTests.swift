import Testing

@Suite struct HelpTests {
    @Test func rootHelpTeachesTheFirstCommand() throws {
        let outcome = try GovernorBinary.run(["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("governor eval 'sum by (job) (rate(http_requests_total[5m]))'"))
        #expect(outcome.standardOutput.contains("eval"))
        #expect(outcome.standardOutput.contains("conformance"))
    }

    @Test(arguments: [["eval", "--help"], ["conformance", "promql", "--help"], ["conformance", "--help"]])
    func everyCommandHasExamples(arguments: [String]) throws {
        let outcome = try GovernorBinary.run(arguments)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Example"))
    }

    @Test func unknownCommandIsAUsageError() throws {
        let outcome = try GovernorBinary.run(["frobnicate"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("frobnicate"))
    }
}
