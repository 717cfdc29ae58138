import ArgumentParser
import Foundation
import GovernorPromQLTest
import GovernorQuery
import GovernorSeriesText

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate one expression against a data file at one time.",
        discussion: """
            The data file holds promqltest `load` blocks. Each series' first value lies at time 0 \
            (the Unix epoch) and every next value one step later; `_` skips a step and `stale` \
            ends the series:

              load 1m
                http_requests_total{job="api"}   0+60x10
                http_requests_total{job="batch"} 0 10 _ 30 stale

            Examples:
              governor eval 'sum by (job) (rate(http_requests_total[5m]))' \\
                --load examples/http_requests.load --at 10m
              governor eval 'http_requests_total' --load data.load --at 1700000000.5 --format json
              governor eval 'up' --load data.load --at 2023-11-14T22:13:20Z

            Text output prints one `{labels} value` line per sample, ordered by labels (unless \
            the expression is sort() or sort_desc()), or just the value of a scalar. JSON output \
            is the `data` object of Prometheus's /api/v1/query.

            Exit status: 0 on success, 1 when the file or the expression is wrong or evaluation \
            fails, 64 for bad options.
            """
    )

    @Argument(help: "The PromQL expression to evaluate.")
    var expression: String

    @Option(name: .long, help: ArgumentHelp("The data file with `load` blocks.", valueName: "file"))
    var load: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "When to evaluate: a duration from the epoch (10m), Unix seconds (1700000000.5) or RFC 3339.",
            valueName: "time"))
    var at: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        var problems: [String] = []
        if EvaluationTime.parse(at) == nil {
            problems.append(
                "--at \(quotedLabelValue(at)) is not a time: use a duration such as 10m, Unix seconds such as "
                    + "1700000000.5, or RFC 3339 such as 2023-11-14T22:13:20Z")
        }
        if expression.allSatisfy(\.isWhitespace) { problems.append("the expression is empty") }
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() throws {
        guard let time = EvaluationTime.parse(at) else { throw ExitCode.validationFailure }
        let storage = try loadStorage()
        let expr: Expr
        do {
            expr = try Parser.parse(expression)
        } catch {
            printError(error.rendered)
            throw ExitCode.failure
        }
        let value: Value
        do {
            value = try QueryEngine().evaluate(expr, at: time, storage: storage)
        } catch {
            printError("error: \(error.message)")
            throw ExitCode.failure
        }
        switch format {
        case .text:
            for line in QueryResultText.lines(value, keepingOrder: expr.isSortCall) { print(line) }
        case .json:
            print(QueryResultJSON.data(value))
        }
    }

    private func loadStorage() throws -> InMemoryStorage {
        guard FileManager.default.fileExists(atPath: load) else {
            printError("error: cannot read \(load): no such file")
            throw ExitCode.failure
        }
        let text: String
        do {
            text = try String(contentsOfFile: load, encoding: .utf8)
        } catch {
            printError("error: cannot read \(load): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        var storage = InMemoryStorage()
        do {
            for sample in try LoadBlockReader.readSamples(text) {
                storage.append(labels: sample.labels, timestamp: sample.timestamp, value: sample.value)
            }
        } catch {
            printError(error.inFile(load).description)
            throw ExitCode.failure
        }
        return storage
    }
}

extension Expr {
    /// `sort(…)` and `sort_desc(…)` are the only results whose order means something.
    fileprivate var isSortCall: Bool {
        guard case .call(let call) = unwrappingParens else { return false }
        return call.function.name == "sort" || call.function.name == "sort_desc"
    }
}
