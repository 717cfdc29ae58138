import Foundation
import GovernorPromQLTest
import GovernorSeriesText
import Testing

@Suite struct KnownFailuresTests {
    @Test func readsEntriesAndSkipsComments() throws {
        let known = try KnownFailures.parse("# header\n\nfunctions.test:12  holt_winters  rounding\n  at.test:3 why\n")
        #expect(
            known.entries == [
                .init(file: "functions.test", line: 12, reason: "holt_winters  rounding", listLine: 3),
                .init(file: "at.test", line: 3, reason: "why", listLine: 4),
            ])
        #expect(known.entry(file: "/some/dir/functions.test", line: 12)?.reason == "holt_winters  rounding")
        #expect(known.entry(file: "functions.test", line: 13) == nil)
    }

    @Test func theShippedListParses() throws {
        let root = Fixture.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(
            contentsOf: root.appendingPathComponent("conformance/known-failures.txt"), encoding: .utf8)
        _ = try KnownFailures.parse(text)
    }

    @Test func malformedEntries() {
        #expect(
            throws: NotationError(
                line: 1, column: 1, message: "expected \"file.test:LINE  reason\", found \"x.test why\"")
        ) { try KnownFailures.parse("x.test why") }
        #expect(throws: NotationError(line: 1, column: 1, message: "known failure x.test:4 needs a reason")) {
            try KnownFailures.parse("x.test:4")
        }
        #expect(throws: NotationError(line: 2, column: 1, message: "x.test:4 is already listed on line 1")) {
            try KnownFailures.parse("x.test:4 a\nx.test:4 b")
        }
    }
}

@Suite struct ConformanceReportTests {
    @Test func sortsResultsAgainstTheList() throws {
        let known = try KnownFailures.parse("a.test:1 known\na.test:2 fixed now\na.test:9 no such case\n")
        let results = [
            CaseResult(file: "dir/a.test", line: 1, expression: "x", failure: "wrong"),
            CaseResult(file: "dir/a.test", line: 2, expression: "y", failure: nil),
            CaseResult(file: "dir/a.test", line: 3, expression: "z", failure: "bad"),
            CaseResult(file: "dir/a.test", line: 4, expression: "w", failure: nil),
        ]
        let report = ConformanceReport(results: results, known: known, filesRun: ["dir/a.test"])
        #expect(report.passed.map(\.line) == [2, 4])
        #expect(report.unexpectedFailures.map(\.line) == [3])
        #expect(report.knownFailures.map(\.reason) == ["known"])
        #expect(report.fixedKnownFailures.map(\.line) == [2])
        #expect(report.staleEntries.map(\.line) == [9])
        #expect(report.summary == "2 passed, 2 failed (1 known)")
        #expect(report.passRate == 0.5)
    }
}
