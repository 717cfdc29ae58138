import GovernorQuery
import GovernorSeriesText

extension TestScriptReader {
    /// Reads `eval[_fail|_ordered] instant at <time> <expr>` and its expected-result lines.
    /// Returns the case and the index of the first line after it.
    static func readEval(_ lines: [ScriptLine], at index: Int) throws(NotationError) -> (EvalCase, Int) {
        let header = lines[index]
        let syntax = "invalid evaluation command. (eval[_fail|_ordered] instant [at <offset:duration>] <query>"
        var scanner = LineScanner(header.text, lineNumber: header.number, firstColumn: header.column)
        let kindWord = scanner.take { !$0.isSpaceOrTab }
        guard let kind = EvalCase.Kind(rawValue: kindWord) else { throw header.error(syntax) }
        scanner.skipSpaces()
        guard scanner.take(while: { !$0.isSpaceOrTab }) == "instant", scanner.peek != nil else {
            throw header.error(syntax)
        }
        scanner.skipSpaces()
        var timeColumn = scanner.column
        var timeText = ""
        let restStart = scanner.index
        if scanner.take(while: { !$0.isSpaceOrTab }) == "at", scanner.peek != nil {
            scanner.skipSpaces()
            timeColumn = scanner.column
            timeText = scanner.take { !$0.isSpaceOrTab }
            scanner.skipSpaces()
        } else {
            // Without `at`, Prometheus reads the time as empty and rejects it below.
            scanner.rewind(to: restStart)
        }
        let expressionColumn = scanner.column
        let expression = String(scanner.characters[scanner.index...])
        guard !expression.isEmpty else { throw header.error(syntax) }
        let time: Timestamp
        switch Result(catching: { () throws(DurationError) in try PrometheusDuration.milliseconds(timeText) }) {
        case .success(let value): time = value
        case .failure(let failure):
            throw header.error("invalid evaluation time \(goQuoted(timeText)): \(failure.message)", column: timeColumn)
        }
        let (expected, next) = try readExpectations(lines, after: index)
        let evalCase = EvalCase(
            kind: kind, time: time, expression: expression, expressionColumn: expressionColumn,
            expected: expected, line: header.number)
        return (evalCase, next)
    }

    /// Expected lines run until a blank line; a bare number is a scalar and ends the list at once.
    private static func readExpectations(
        _ lines: [ScriptLine], after index: Int
    ) throws(NotationError) -> (ExpectedResult, Int) {
        var samples: [ExpectedSample] = []
        var firstLineOfSeries: [Labels: Int] = [:]
        var next = index + 1
        while next < lines.count, !lines[next].isBlank {
            let line = lines[next]
            next += 1
            if let scalar = ScalarExpectation.parse(line.text) {
                guard samples.isEmpty else {
                    throw line.error("a scalar result cannot follow expected samples")
                }
                return (.scalar(scalar), next)
            }
            let series = try SeriesDescriptionReader.read(line.text, line: line.number, column: line.column)
            guard series.values.count == 1, case .sample(let value) = series.values[0] else {
                let message =
                    series.values.count > 1
                    ? "expecting multiple values in instant evaluation not allowed"
                    : "an expected sample needs exactly one value"
                throw line.error(message)
            }
            if let firstLine = firstLineOfSeries[series.labels] {
                throw line.error("series \(series.labels) is already expected on line \(firstLine)")
            }
            firstLineOfSeries[series.labels] = line.number
            samples.append(ExpectedSample(labels: series.labels, value: value, line: line.number))
        }
        return (.samples(samples), next)
    }
}
