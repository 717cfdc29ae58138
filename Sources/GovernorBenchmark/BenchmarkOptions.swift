/// What a benchmark run does, read from the command line.
struct BenchmarkOptions: Sendable {
    var seriesCount = 100_000
    var timedRuns = 9
    var loadFilePath: String?
    var promtoolFilePath: String?
    var generateOnly = false

    static let usage = """
        usage: GovernorBenchmark [--series N] [--runs N] [--write-load FILE] [--write-promtool FILE] [--generate-only]
          --series N             series to generate, split between the two metrics (default 100000)
          --runs N               timed evaluations per query, after one warm-up; the median is printed (default 9)
          --write-load FILE      also write the data as a promqltest `load` file for `governor eval --load`
          --write-promtool FILE  also write a promtool unit test of both queries with the expected results
          --generate-only        write the files and skip the in-process benchmark
        """

    /// Parses `arguments` (without the program name), reporting every problem at once.
    static func parse(_ arguments: [String]) -> Result<BenchmarkOptions, UsageError> {
        var options = BenchmarkOptions()
        var problems: [String] = []
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--generate-only":
                options.generateOnly = true
            case "--series", "--runs", "--write-load", "--write-promtool":
                guard let value = remaining.popFirst() else {
                    problems.append("\(argument) needs a value")
                    continue
                }
                switch argument {
                case "--series":
                    if let count = Int(value), count >= 20 {
                        options.seriesCount = count
                    } else {
                        problems.append("--series must be a whole number of at least 20, not '\(value)'")
                    }
                case "--runs":
                    if let count = Int(value), count >= 1 {
                        options.timedRuns = count
                    } else {
                        problems.append("--runs must be a positive whole number, not '\(value)'")
                    }
                case "--write-load": options.loadFilePath = value
                default: options.promtoolFilePath = value
                }
            default:
                problems.append("unknown argument '\(argument)'")
            }
        }
        return problems.isEmpty ? .success(options) : .failure(UsageError(problems: problems))
    }
}

struct UsageError: Error, CustomStringConvertible {
    var problems: [String]
    var description: String { problems.map { "error: \($0)" }.joined(separator: "\n") }
}
