import Foundation
import GovernorPromQLTest
import GovernorQuery
import GovernorSeriesText
import Testing

@Suite struct TestScriptReaderTests {
    @Test func readsEveryCommandWithItsLine() throws {
        let script = try TestScriptReader.read(Fixture.text("basic.good.test"))
        #expect(script.commands.count == 8)
        guard case .load(let load) = script.commands[0] else {
            Issue.record("first command should be a load")
            return
        }
        #expect(load.line == 2)
        #expect(load.step == 300_000)
        #expect(load.series.count == 3)
        guard case .clear(let clearLine) = script.commands[4] else {
            Issue.record("fifth command should be clear")
            return
        }
        #expect(clearLine == 17)
        #expect(script.evalCases.map(\.line) == [7, 11, 15, 22, 25])
        #expect(script.evalCases.map(\.kind) == [.unordered, .ordered, .failure, .unordered, .unordered])
        #expect(script.evalCases.map(\.time) == [600_000, 3_600_000, 0, 3_000_000, 60_000])
    }

    @Test func keepsTheExpressionAndWhereItStarts() throws {
        let script = try TestScriptReader.read(Fixture.text("basic.good.test"))
        let ordered = script.evalCases[1]
        #expect(ordered.expression == "sort(http_requests)")
        #expect(ordered.expressionColumn == 28)
        #expect(script.evalCases[2].expression == "rate(http_requests)")
    }

    @Test func readsExpectedSamplesAndScalars() throws {
        let script = try TestScriptReader.read(Fixture.text("basic.good.test"))
        let first = script.evalCases[0].expected
        #expect(
            first
                == .samples([
                    ExpectedSample(
                        labels: ["__name__": "http_requests", "job": "api", "instance": "0"], value: 20, line: 8),
                    ExpectedSample(
                        labels: ["__name__": "http_requests", "job": "api", "instance": "1"], value: 3, line: 9),
                ]))
        #expect(
            script.evalCases[1].expected
                == .samples([
                    ExpectedSample(labels: ["instance": "0"], value: 1.5, line: 12),
                    ExpectedSample(labels: ["instance": "1"], value: -2, line: 13),
                ]))
        #expect(script.evalCases[3].expected == .scalar(12_340_000))
        #expect(script.evalCases[4].expected == .samples([]))
    }

    @Test func unescapesAllThreeQuoteStyles() throws {
        let script = try TestScriptReader.read(Fixture.text("basic.good.test"))
        guard case .load(let load) = script.commands[5] else {
            Issue.record("sixth command should be a load")
            return
        }
        #expect(load.series[0].labels == ["__name__": "empty", "a": "tab\tquote\"", "b": "single", "c": "raw\\n"])
    }

    @Test(arguments: Fixture.badScriptNames())
    func malformedScriptGivesItsExactMessage(name: String) throws {
        let script = try Fixture.text("bad/\(name).test")
        let expected = try Fixture.text("bad/\(name).message").trimmingCharacters(in: .newlines)
        #expect(throws: NotationError.self) { try TestScriptReader.read(script) }
        do {
            _ = try TestScriptReader.read(script)
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func thereAreBadFixtures() {
        #expect(Fixture.badScriptNames().count >= 10)
    }

    @Test func aScalarLineEndsTheExpectations() throws {
        let text = "eval instant at 1m 1\n  0x10\n  {a=\"b\"} 1\n"
        #expect(throws: NotationError(line: 3, column: 3, message: "invalid command \"{a=\\\"b\\\"} 1\"")) {
            try TestScriptReader.read(text)
        }
    }

    @Test(arguments: [
        ("0x10", 16.0), ("010", 8), ("-3", -3), ("1e3", 1000), (".5", 0.5), ("+Inf", .infinity), ("-Inf", -.infinity),
    ])
    func scalarExpectationsReadLikeGo(text: String, value: Double) throws {
        let script = try TestScriptReader.read("eval instant at 0 1\n  \(text)\n")
        #expect(script.evalCases[0].expected == .scalar(value))
    }

    @Test func nanScalarExpectation() throws {
        let script = try TestScriptReader.read("eval instant at 0 NaN\n  NaN\n")
        guard case .scalar(let value) = script.evalCases[0].expected else {
            Issue.record("expected a scalar expectation")
            return
        }
        #expect(value.isNaN)
    }
}
