import ArgumentParser
import Foundation
import GovernorPromQLTest
import GovernorSeriesText

struct ConformancePromQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promql",
        abstract: "Run Prometheus promqltest scripts (load / eval / clear) against Governor's engine.",
        discussion: """
            Each failing case prints as `file:line: FAIL expression: message`; cases listed in the \
            known-failures file are marked `(known: reason)`. The last line is \
            `N passed, N failed (K known)`.

            The known-failures file has one `file.test:LINE  reason` per line (`#` comments). \
            Without --known-failures, conformance/known-failures.txt is used when it exists in the \
            current directory.

            Examples:
              governor conformance promql ../shared/conformance/prometheus-v2.42.0/promql/*.test
              governor conformance promql functions.test --known-failures none --format json

            Exit status: 0 when every failure is a known one, 1 otherwise (including unreadable \
            or malformed scripts).
            """
    )

    static let defaultKnownFailures = "conformance/known-failures.txt"

    @Argument(help: ArgumentHelp("promqltest scripts to run.", valueName: "file"))
    var files: [String]

    @Option(
        name: .long,
        help: ArgumentHelp("The known-failures list, or `none` to expect every case to pass.", valueName: "file"))
    var knownFailures: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one promqltest script") }
    }

    func run() throws {
        let known = try readKnownFailures()
        var results: [CaseResult] = []
        var scriptErrors: [String] = []
        for file in files {
            switch ConformanceRun.results(ofScriptAt: file) {
            case .success(let caseResults): results += caseResults
            case .failure(let error): scriptErrors.append(error.message)
            }
        }
        let report = ConformanceReport(results: results, known: known, filesRun: Set(files))
        switch format {
        case .text: ConformanceOutput.printText(report, scriptErrors: scriptErrors)
        case .json: ConformanceOutput.printJSON(report, scriptErrors: scriptErrors)
        }
        if !report.unexpectedFailures.isEmpty || !scriptErrors.isEmpty { throw ExitCode.failure }
    }

    private func readKnownFailures() throws -> KnownFailures {
        let path: String
        switch knownFailures {
        case "none": return KnownFailures()
        case let given?: path = given
        case nil:
            guard FileManager.default.fileExists(atPath: Self.defaultKnownFailures) else { return KnownFailures() }
            path = Self.defaultKnownFailures
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            printError("error: cannot read known failures \(path): no such file or not UTF-8 text")
            throw ExitCode.failure
        }
        do {
            return try KnownFailures.parse(text)
        } catch {
            printError(error.inFile(path).description)
            throw ExitCode.failure
        }
    }
}
