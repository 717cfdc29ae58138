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
        PositiveIntegerOptions.parse(arguments, mode: flag, names: ["--series", "--hours", "--scrape-interval"]).map {
            values in
            var options = DaemonMemoryOptions()
            if let series = values["--series"] { options.seriesCount = max(16, series) }
            if let hours = values["--hours"] { options.hours = hours }
            if let interval = values["--scrape-interval"] { options.scrapeInterval = interval }
            return options
        }
    }
}
