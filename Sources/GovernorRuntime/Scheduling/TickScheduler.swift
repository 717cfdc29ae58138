public import GovernorCore
public import GovernorQuery

/// Decides which jobs (rule groups, sources) are due at a clock time. A value with no clock of its own: the
/// caller asks `due(at:)` with whatever time it has (a replay's history clock, the daemon's real or simulated
/// one), runs what comes back, and sleeps until `nextTickAt`.
///
/// Every job ticks on its schedule's own instants (multiples of its interval, or its cron times), never at the
/// moment it happens to be asked, so the same history gives the same answers however the clock is driven.
/// A caller that falls behind runs each late job once, at its latest instant, and the instants skipped on the
/// way are counted as missed, as Prometheus's rule manager does.
public struct TickScheduler: Sendable {
    /// One job to run now.
    public struct Due: Hashable, Sendable {
        /// The job's position in the schedules the scheduler was made with.
        public var job: Int
        /// The instant to run it at: its latest scheduled instant not after the clock.
        public var time: Timestamp
        /// Scheduled instants skipped since its last run.
        public var missed: Int

        public init(job: Int, time: Timestamp, missed: Int) {
            self.job = job
            self.time = time
            self.missed = missed
        }
    }

    private let schedules: [Schedule]
    /// Each job's next instant (`.max` for one that will never run again).
    public private(set) var nextDue: [Timestamp]
    /// Instants skipped so far, per job.
    public private(set) var missedTicks: [Int]

    /// Starts every job at its first instant at or after `start`. A schedule that never ticks (a bad cron
    /// expression that got past validation) is an error.
    public init(schedules: [Schedule], startingAt start: Timestamp) throws(RuntimeError) {
        self.schedules = schedules
        var nextDue: [Timestamp] = []
        for (index, schedule) in schedules.enumerated() {
            do {
                nextDue.append(try schedule.nextTick(after: start - 1))
            } catch {
                throw RuntimeError("job \(index): \(error.message)")
            }
        }
        self.nextDue = nextDue
        missedTicks = Array(repeating: 0, count: schedules.count)
    }

    /// The earliest instant at which some job is due; nil when there are no jobs.
    public var nextTickAt: Timestamp? { nextDue.min() }

    /// The jobs due at `now`, in job order (the order the caller gave, which for groups is dependency order).
    public mutating func due(at now: Timestamp) -> [Due] {
        var due: [Due] = []
        for job in schedules.indices where nextDue[job] <= now {
            let (latest, skipped) = latestInstant(of: job, notAfter: now)
            missedTicks[job] += skipped
            due.append(Due(job: job, time: latest, missed: skipped))
            nextDue[job] = (try? schedules[job].nextTick(after: latest)) ?? .max
        }
        return due
    }

    /// Takes back instants `due(at:)` counted as missed, for a job that was not meant to run (a paused group).
    public mutating func forgiveMissed(_ count: Int, of job: Int) {
        missedTicks[job] = max(0, missedTicks[job] - count)
    }

    /// The job's last instant not after `now`, and how many of its instants lie before that one.
    private func latestInstant(of job: Int, notAfter now: Timestamp) -> (Timestamp, Int) {
        let first = nextDue[job]
        switch schedules[job] {
        case .interval(let interval):
            let steps = (now - first) / interval
            return (first + steps * interval, Int(steps))
        case .cron:
            var latest = first
            var skipped = 0
            while let next = try? schedules[job].nextTick(after: latest), next <= now {
                latest = next
                skipped += 1
            }
            return (latest, skipped)
        }
    }
}
