import Foundation
import Testing

@testable import GovernorQuery

/// Every expression Prometheus's own promqltest corpus evaluates must parse, and print back to itself.
@Suite struct ParserConformanceTests {
    static func corpusDirectory() -> URL? {
        if let override = ProcessInfo.processInfo.environment["GOVERNOR_CONFORMANCE_DIR"] {
            return URL(fileURLWithPath: override).appendingPathComponent("promql")
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let directory = packageRoot.appendingPathComponent("../shared/conformance/prometheus-v2.42.0/promql")
        return FileManager.default.fileExists(atPath: directory.path) ? directory : nil
    }

    /// The expressions of every `eval` and `eval_ordered` command: `eval instant at 5m <expr>`.
    static func corpusExpressions() throws -> [(file: String, line: Int, expression: String)] {
        guard let directory = corpusDirectory() else { return [] }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".test") }
        var expressions: [(String, Int, String)] = []
        for file in files.sorted() {
            let content = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let words = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: true)
                guard words.count == 5, words[0] == "eval" || words[0] == "eval_ordered", words[2] == "at" else {
                    continue
                }
                expressions.append((file, number + 1, String(words[4])))
            }
        }
        return expressions
    }

    @Test func corpusIsPresent() throws {
        #expect(try Self.corpusExpressions().count > 500)
    }

    @Test func everyCorpusExpressionParsesAndRoundTrips() throws {
        for (file, line, expression) in try Self.corpusExpressions() {
            do {
                let parsed = try Parser.parse(expression)
                let printed = parsed.description
                let reparsed = try Parser.parse(printed)
                #expect(reparsed.description == printed, "\(file):\(line): \(expression)")
            } catch {
                Issue.record("\(file):\(line): \(expression): \(error)")
            }
        }
    }
}
