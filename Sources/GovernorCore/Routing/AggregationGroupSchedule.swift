/// When an aggregation group flushes, as Alertmanager's `aggrGroup.run`: the first notification waits
/// `group_wait` so that related alerts arrive together, later ones come every `group_interval`.
///
/// A value type: the caller tells it what happened and when, and performs the action it returns.
public struct AggregationGroupSchedule: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        /// Nothing to do now; the next flush stays where it was.
        case none
        /// Arm the timer for this instant.
        case scheduleFlush(at: Int64)
        /// Send the group's notification now, and arm the timer for the next one.
        case flush(nextFlushAt: Int64)
    }

    public let groupWait: Int64
    public let groupInterval: Int64
    public private(set) var nextFlushAt: Int64?
    public private(set) var hasFlushed = false

    public init(groupWait: Int64, groupInterval: Int64) {
        self.groupWait = groupWait
        self.groupInterval = groupInterval
    }

    public init(_ options: RouteOptions) {
        self.init(groupWait: options.groupWait, groupInterval: options.groupInterval)
    }

    /// An alert joined the group at `now`. The group's first alert arms the `group_wait` timer; an alert that
    /// started more than `group_wait` ago makes a group that has not flushed yet flush at once.
    public mutating func alertInserted(startsAt: Int64, at now: Int64) -> Action {
        if !hasFlushed && startsAt + groupWait < now {
            nextFlushAt = now
            return .scheduleFlush(at: now)
        }
        guard nextFlushAt == nil else { return .none }
        let flushAt = now + groupWait
        nextFlushAt = flushAt
        return .scheduleFlush(at: flushAt)
    }

    /// The timer may have fired at `now`: flush when it is due, then every `group_interval`.
    public mutating func timerFired(at now: Int64) -> Action {
        guard let due = nextFlushAt, now >= due else { return .none }
        hasFlushed = true
        let next = now + groupInterval
        nextFlushAt = next
        return .flush(nextFlushAt: next)
    }
}
