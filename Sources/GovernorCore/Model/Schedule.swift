/// When a group is evaluated: a fixed interval, or a cron expression (five fields, UTC).
public enum Schedule: Hashable, Sendable {
    /// Milliseconds between evaluations; ticks are aligned to multiples of the interval.
    case interval(Int64)
    case cron(String)
}
