public import GovernorCore
public import GovernorQuery

/// What one aggregation group's flush did, and why: the pipeline's answer to "why did (or didn't) I get paged".
public struct FlushRecord: Hashable, Sendable {
    /// An alert left out of the flush.
    public struct Suppression: Hashable, Sendable {
        public var labels: Labels
        /// `silenced by <id>` or `inhibited by <source labels>`.
        public var reasons: [String]

        public init(labels: Labels, reasons: [String]) {
            self.labels = labels
            self.reasons = reasons
        }
    }

    public enum Outcome: Hashable, Sendable {
        /// The route's time intervals mute it now; nothing was considered further.
        case muted(String)
        /// Every alert was silenced or inhibited.
        case allSuppressed
        /// Dedup decided the receiver had nothing new to hear.
        case skipped(DedupDecision.SkipReason)
        /// Queued in the outbox under this idempotency id.
        case sent(DedupDecision.SendReason, notificationID: String)
        /// Logged as told, but only resolved alerts were left and the receiver does not want them.
        case resolvedNotWanted(DedupDecision.SendReason)
    }

    public var time: Timestamp
    public var receiver: String
    public var groupKey: String
    public var suppressed: [Suppression]
    public var outcome: Outcome

    public init(
        time: Timestamp, receiver: String, groupKey: String, suppressed: [Suppression] = [], outcome: Outcome
    ) {
        self.time = time
        self.receiver = receiver
        self.groupKey = groupKey
        self.suppressed = suppressed
        self.outcome = outcome
    }
}
