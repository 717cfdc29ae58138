public import GovernorQuery

/// Reads promqltest's `load <step>` blocks: the data half of a promqltest script, and the whole of a `.load`
/// history file.
public enum LoadBlockReader {
    /// Reads a data file made only of `load` blocks (and comments), the format `governor eval --load`
    /// takes, and returns every sample it defines.
    public static func readSamples(_ text: String) throws(NotationError) -> [VectorSample] {
        let lines = ScriptLine.split(text)
        var samples: [VectorSample] = []
        var index = 0
        var sawLoad = false
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                index += 1
                continue
            }
            guard line.firstWord.lowercased() == "load" else {
                throw line.error("expected a \"load <step>\" block, found \(goQuoted(String(line.text)))")
            }
            let (load, next) = try readLoad(lines, at: index)
            samples += load.samples
            sawLoad = true
            index = next
        }
        guard sawLoad else { throw NotationError(line: 1, column: 1, message: "no \"load\" command found") }
        return samples
    }

    /// Returns the command and the index of the first line after it.
    public static func readLoad(_ lines: [ScriptLine], at index: Int) throws(NotationError) -> (LoadCommand, Int) {
        let header = lines[index]
        let words = header.text.split(maxSplits: 1, whereSeparator: \.isSpaceOrTab)
        guard words.first == "load", words.count == 2 else {
            throw header.error("invalid load command. (load <step:duration>)")
        }
        let stepText = words[1].drop(while: \.isSpaceOrTab)
        let stepColumn = header.column + header.text.distance(from: header.text.startIndex, to: stepText.startIndex)
        let step: Int64
        switch Result(catching: { () throws(DurationError) in try PrometheusDuration.milliseconds(String(stepText)) }) {
        case .success(let value): step = value
        case .failure(let failure):
            throw header.error(
                "invalid step definition \(goQuoted(String(stepText))): \(failure.message)", column: stepColumn)
        }
        var series: [SeriesDescription] = []
        var next = index + 1
        while next < lines.count, !lines[next].isBlank {
            let line = lines[next]
            series.append(try SeriesDescriptionReader.read(line.text, line: line.number, column: line.column))
            next += 1
        }
        return (LoadCommand(step: step, series: series, line: header.number), next)
    }
}
