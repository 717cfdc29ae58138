/// The `--daemon-memory` mode's settings: how many series, how long a simulated run, how often they are collected.
struct DaemonMemoryOptions: Sendable {
    static let flag = "--daemon-memory"

    var seriesCount = 100_000
    var hours = 24
    /// Seconds between two collections of every series.
    var scrapeInterval = 60

    static let usage = """
        usage: GovernorBenchmark --daemon-memory [--series N] [--hours N] [--scrape-interval SECONDS]
          --series N                 series the synthetic source serves, half counters, half gauges (default 100000)
          --hours N                  simulated hours the daemon core runs for (default 24)
          --scrape-interval SECONDS  time between two collections of every series (default 60)
        """

    static func requested(_ arguments: [String]) -> Bool { arguments.contains(flag) }

    /// Parses the arguments after the program name, reporting every problem at once.
    static func parse(_ arguments: [String]) -> Result<DaemonMemoryOptions, UsageError> {
        var options = DaemonMemoryOptions()
        var problems: [String] = []
        var remaining = arguments.filter { $0 != flag }[...]
        while let argument = remaining.popFirst() {
            guard ["--series", "--hours", "--scrape-interval"].contains(argument) else {
                problems.append("unknown argument '\(argument)' for \(flag)")
                continue
            }
            guard let text = remaining.popFirst(), let value = Int(text), value >= 1 else {
                problems.append("\(argument) needs a positive whole number")
                continue
            }
            switch argument {
            case "--series": options.seriesCount = max(16, value)
            case "--hours": options.hours = value
            default: options.scrapeInterval = value
            }
        }
        return problems.isEmpty ? .success(options) : .failure(UsageError(problems: problems))
    }
}
