public import GovernorQuery

extension Schedule {
    /// The first evaluation strictly after `time`: the next multiple of the interval (so every instance ticks
    /// at the same wall-clock instants), or the cron expression's next firing.
    public func nextTick(after time: Timestamp) throws(CronError) -> Timestamp {
        switch self {
        case .interval(let interval):
            guard interval > 0 else { throw CronError("interval must be positive, got \(interval)ms") }
            let quotient = time / interval
            let floor = (time % interval != 0 && time < 0) ? quotient - 1 : quotient
            return (floor + 1) * interval
        case .cron(let text):
            return try CronExpression(text).nextFireTime(after: time)
        }
    }
}
