import Foundation
import GovernorPromQLTest

/// How `governor conformance promql` shows a report.
enum ConformanceOutput {
    static func printText(_ report: ConformanceReport, scriptErrors: [String]) {
        for error in scriptErrors { printError(error) }
        for result in report.unexpectedFailures {
            print("\(result.file):\(result.line): FAIL \(result.expression): \(result.failure ?? "")")
        }
        for known in report.knownFailures {
            let result = known.result
            print(
                "\(result.file):\(result.line): FAIL \(result.expression): \(result.failure ?? "") (known: \(known.reason))"
            )
        }
        for entry in report.fixedKnownFailures {
            print("\(entry.file):\(entry.line): PASS but listed as a known failure (\(entry.reason)); remove the entry")
        }
        for entry in report.staleEntries {
            print("\(entry.file):\(entry.line): listed as a known failure, but no eval case is on that line")
        }
        print(report.summary)
    }

    private struct JSONReport: Encodable {
        struct Case: Encodable {
            var file: String
            var line: Int
            var expression: String
            var status: String
            var message: String?
            var knownReason: String?
        }
        var passed: Int
        var failed: Int
        var known: Int
        var failures: [Case]
        var errors: [String]
    }

    static func printJSON(_ report: ConformanceReport, scriptErrors: [String]) {
        let unexpected = report.unexpectedFailures.map {
            JSONReport.Case(
                file: $0.file, line: $0.line, expression: $0.expression, status: "fail", message: $0.failure)
        }
        let known = report.knownFailures.map {
            JSONReport.Case(
                file: $0.result.file, line: $0.result.line, expression: $0.result.expression, status: "known-failure",
                message: $0.result.failure, knownReason: $0.reason)
        }
        let json = JSONReport(
            passed: report.passed.count, failed: report.failedCount, known: report.knownFailures.count,
            failures: unexpected + known, errors: scriptErrors)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(json)) ?? Data("{}".utf8)
        print(String(decoding: data, as: UTF8.self))
    }
}
