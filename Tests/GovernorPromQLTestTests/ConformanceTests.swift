import Foundation
import GovernorPromQLTest
import GovernorSeriesText
import Testing

@Suite struct ConformanceTests {
    static let expectedFileCount = 11
    static let expectedCaseCount = 566
    static let minimumPassRate = 0.95

    /// `../shared/conformance/prometheus-v2.42.0/promql/` next to the package, unless
    /// GOVERNOR_CONFORMANCE_DIR says otherwise.
    static var corpusDirectory: URL {
        if let override = ProcessInfo.processInfo.environment["GOVERNOR_CONFORMANCE_DIR"] {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.appendingPathComponent("../shared/conformance/prometheus-v2.42.0/promql").standardized
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static func corpusScripts() throws -> [(name: String, script: TestScript)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)
            .filter { $0.hasSuffix(".test") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: corpusDirectory.appendingPathComponent(name), encoding: .utf8)
            do throws(NotationError) {
                return (name, try TestScriptReader.read(text))
            } catch {
                throw error.inFile(name)
            }
        }
    }

    @Test func theCorpusReadsCompletely() throws {
        let scripts = try Self.corpusScripts()
        #expect(scripts.count == Self.expectedFileCount)
        #expect(scripts.reduce(0) { $0 + $1.script.evalCases.count } == Self.expectedCaseCount)
    }

    @Test
    func everyCaseNotKnownToFailPasses() throws {
        let scripts = try Self.corpusScripts()
        #expect(scripts.count == Self.expectedFileCount)
        let listText = try String(
            contentsOf: Self.packageRoot.appendingPathComponent("conformance/known-failures.txt"), encoding: .utf8)
        let known = try KnownFailures.parse(listText)
        let results = scripts.flatMap { ScriptRunner().run($0.script, file: $0.name) }
        #expect(results.count == Self.expectedCaseCount)
        let report = ConformanceReport(results: results, known: known, filesRun: Set(scripts.map(\.name)))
        for failure in report.unexpectedFailures {
            Issue.record("\(failure.file):\(failure.line): \(failure.expression): \(failure.failure ?? "")")
        }
        for fixed in report.fixedKnownFailures {
            Issue.record("\(fixed.file):\(fixed.line) passes now: remove it from known-failures.txt (\(fixed.reason))")
        }
        for stale in report.staleEntries {
            Issue.record("\(stale.file):\(stale.line) in known-failures.txt names no eval case")
        }
        #expect(report.passRate >= Self.minimumPassRate, "\(report.summary)")
    }
}
