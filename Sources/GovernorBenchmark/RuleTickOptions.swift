/// The `--rule-tick` mode's settings: how many alert rules over how many series, timed how often.
struct RuleTickOptions: Sendable {
    static let flag = "--rule-tick"

    var rules = 10_000
    var seriesCount = 100_000
    var timedRuns = 5
    /// Hold a copy of the store from one tick to the next, as the daemon's board holds the last snapshot for
    /// its readers.
    var holdsSnapshot = false

    static let usage = """
        usage: GovernorBenchmark --rule-tick [--rules N] [--series N] [--runs N] [--snapshot]
          --rules N   alerting rules evaluated per tick (default 10000)
          --series N  series in the store, half request counters, half histogram buckets (default 100000)
          --runs N    timed ticks after one warm-up; the median is printed (default 5)
          --snapshot  keep a copy of the store from each tick to the next, as `governor run` keeps the last
                      snapshot for its HTTP readers
        """

    static func requested(_ arguments: [String]) -> Bool { arguments.contains(flag) }

    /// Parses the arguments after the program name, reporting every problem at once.
    static func parse(_ arguments: [String]) -> Result<RuleTickOptions, UsageError> {
        let snapshot = "--snapshot"
        let numbers = arguments.filter { $0 != snapshot }
        return PositiveIntegerOptions.parse(numbers, mode: flag, names: ["--rules", "--series", "--runs"]).map {
            values in
            var options = RuleTickOptions()
            options.holdsSnapshot = numbers.count < arguments.count
            if let rules = values["--rules"] { options.rules = rules }
            if let series = values["--series"] { options.seriesCount = max(20, series) }
            if let runs = values["--runs"] { options.timedRuns = runs }
            return options
        }
    }
}
