import Foundation
import Testing

@Suite struct EvalCommandTests {
    @Test
    func readmeCommandPrintsOneLinePerJob() throws {
        // promtool 2.42 gives 3.1 for api and 0.5 for batch on this data.
        let outcome = try GovernorBinary.run(
            [
                "eval", "sum by (job) (rate(http_requests_total[5m]))", "--load",
                GovernorBinary.packageRoot.appendingPathComponent("examples/http_requests.load").path, "--at", "10m",
            ])
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "")
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix(#"{job="api"} 3.1"#) == true)
        #expect(lines.last?.hasPrefix(#"{job="batch"} 0.5"#) == true)
    }

    @Test
    func jsonIsTheQueryAPIDataObject() throws {
        let outcome = try GovernorBinary.run(
            ["eval", "up", "--load", GovernorBinary.fixture("up.load"), "--at", "1m", "--format", "json"])
        #expect(outcome.status == 0)
        #expect(
            outcome.standardOutput
                == #"{"resultType":"vector","result":[{"metric":{"__name__":"up","job":"api"},"value":[60,"1"]},"#
                + #"{"metric":{"__name__":"up","job":"db"},"value":[60,"1"]}]}"# + "\n")
    }

    @Test func badExpressionPrintsTheErrorWithACaret() throws {
        let expression = "sum(up"
        let outcome = try GovernorBinary.run([
            "eval", expression, "--load", GovernorBinary.fixture("up.load"), "--at", "1m",
        ])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == "")
        let lines = outcome.standardError.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4, "expected message, expression, caret and a final newline: \(lines)")
        guard lines.count >= 3 else { return }
        // `1:COL: error: …`, then the expression, then a caret under column COL.
        let location = lines[0].split(separator: ":")
        #expect(location.first == "1")
        #expect(lines[0].contains(": error: "))
        #expect(lines[1] == Substring(expression))
        if location.count > 1, let column = Int(location[1]) {
            #expect(lines[2] == Substring(String(repeating: " ", count: column - 1) + "^"))
        } else {
            Issue.record("no column in \(lines[0])")
        }
    }

    @Test func missingDataFileIsNamed() throws {
        let outcome = try GovernorBinary.run(["eval", "up", "--load", "no/such.load", "--at", "1m"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == "")
        #expect(outcome.standardError == "error: cannot read no/such.load: no such file\n")
    }

    @Test func malformedDataFileGivesFileLineAndColumn() throws {
        let path = GovernorBinary.fixture("bad.load")
        let outcome = try GovernorBinary.run(["eval", "up", "--load", path, "--at", "1m"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "\(path):2:16: error: expected \",\" or \"}\" in label set, found \"1\"\n")
    }

    @Test(arguments: ["10x", "yesterday", "1700000000.", "2023-13-01T00:00:00Z"])
    func badTimeIsAUsageError(time: String) throws {
        let outcome = try GovernorBinary.run(["eval", "up", "--load", GovernorBinary.fixture("up.load"), "--at", time])
        #expect(outcome.status == 64)
        #expect(outcome.standardOutput == "")
        #expect(
            outcome.standardError.hasPrefix(
                "Error: --at \"\(time)\" is not a time: use a duration such as 10m, Unix seconds such as 1700000000.5, "
                    + "or RFC 3339 such as 2023-11-14T22:13:20Z\n"))
    }

    @Test(arguments: ["10m", "0", "1700000000", "1700000000.5", "2023-11-14T22:13:20Z", "2023-11-14T22:13:20.5+01:00"])
    func goodTimesGetPastValidation(time: String) throws {
        let outcome = try GovernorBinary.run(["eval", "up", "--load", "no/such.load", "--at", time])
        #expect(outcome.standardError == "error: cannot read no/such.load: no such file\n")
    }
}
