public import GovernorQuery
public import GovernorSeriesText

/// Reads Prometheus 2.42's promqltest format (`promql/test.go`): `load <step>` blocks of series
/// lines, `clear`, and `eval[_fail|_ordered] instant at <time> <expr>` followed by expected results.
/// A blank or comment line ends a block.
public enum TestScriptReader {
    public static func read(_ text: String) throws(NotationError) -> TestScript {
        let lines = ScriptLine.split(text)
        var commands: [ScriptCommand] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                index += 1
                continue
            }
            let word = line.firstWord.lowercased()
            if word == "clear" {
                commands.append(.clear(line: line.number))
                index += 1
            } else if word == "load" {
                let (load, next) = try LoadBlockReader.readLoad(lines, at: index)
                commands.append(.load(load))
                index = next
            } else if word.hasPrefix("eval") {
                let (evalCase, next) = try readEval(lines, at: index)
                commands.append(.eval(evalCase))
                index = next
            } else {
                throw line.error("invalid command \(goQuoted(String(line.text)))")
            }
        }
        return TestScript(commands: commands)
    }
}
