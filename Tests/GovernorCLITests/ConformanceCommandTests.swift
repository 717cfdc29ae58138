import Foundation
import Testing

@Suite struct ConformanceCommandTests {
    @Test func summaryLineEndsTheOutput() throws {
        let outcome = try GovernorBinary.run(
            ["conformance", "promql", "--known-failures", "none", GovernorBinary.fixture("no-cases.test")])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "0 passed, 0 failed (0 known)\n")
    }

    @Test func malformedScriptIsReportedWithItsPosition() throws {
        let path = GovernorBinary.fixture("malformed.test")
        let outcome = try GovernorBinary.run(["conformance", "promql", "--known-failures", "none", path])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError
                == "\(path):5:3: error: expecting multiple values in instant evaluation not allowed\n")
        #expect(outcome.standardOutput == "0 passed, 0 failed (0 known)\n")
    }

    @Test func missingScript() throws {
        let outcome = try GovernorBinary.run(["conformance", "promql", "--known-failures", "none", "nope.test"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "error: cannot read nope.test: no such file or not UTF-8 text\n")
    }

    @Test func failingCasesAreListedWithFileAndLine() throws {
        // A case that cannot pass whatever the engine does: `1` is never the vector {a="b"} 1.
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("governor-cli-\(UUID()).test")
        try "eval instant at 0 1\n  {a=\"b\"} 1\n".write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let known = FileManager.default.temporaryDirectory.appendingPathComponent("governor-known-\(UUID()).txt")
        try "\(script.lastPathComponent):1  waiting for the parser\n".write(
            to: known, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: known) }

        let unlisted = try GovernorBinary.run(["conformance", "promql", "--known-failures", "none", script.path])
        #expect(unlisted.status == 1)
        #expect(unlisted.standardOutput.hasPrefix("\(script.path):1: FAIL 1: "))
        #expect(unlisted.standardOutput.hasSuffix("\n0 passed, 1 failed (0 known)\n"))

        let listed = try GovernorBinary.run(["conformance", "promql", "--known-failures", known.path, script.path])
        #expect(listed.status == 0)
        #expect(listed.standardOutput.contains(" (known: waiting for the parser)\n"))
        #expect(listed.standardOutput.hasSuffix("0 passed, 1 failed (1 known)\n"))
    }

    @Test func jsonReport() throws {
        let outcome = try GovernorBinary.run(
            [
                "conformance", "promql", "--known-failures", "none", "--format", "json",
                GovernorBinary.fixture("no-cases.test"),
            ])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == #"{"errors":[],"failed":0,"failures":[],"known":0,"passed":0}"# + "\n")
    }
}
