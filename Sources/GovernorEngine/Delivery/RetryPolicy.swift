public import GovernorQuery

/// How long to wait between delivery attempts, and when to give up.
///
/// Backoff doubles from `initialBackoff` up to `maximumBackoff`; jitter spreads retries of many entries so a
/// recovering receiver is not hit by all of them in the same millisecond.
public struct RetryPolicy: Hashable, Sendable {
    /// Wait after the first failure (ms).
    public var initialBackoff: Int64
    /// Longest wait between two attempts (ms).
    public var maximumBackoff: Int64
    /// Fraction of the backoff that is randomised: 0.2 means the wait lies in [0.8, 1.2] × backoff.
    public var jitter: Double
    /// Age (ms since the notification was created) after which it is dead-lettered instead of retried.
    public var maximumAge: Int64

    public init(
        initialBackoff: Int64 = 1_000, maximumBackoff: Int64 = 300_000, jitter: Double = 0.2,
        maximumAge: Int64 = 86_400_000
    ) {
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
        self.jitter = jitter
        self.maximumAge = maximumAge
    }

    /// The wait before attempt `failedAttempts + 1`, given a uniform random `fraction` in [0, 1).
    /// A receiver's Retry-After is a floor: retrying sooner would only be refused again.
    public func backoff(afterFailedAttempts failedAttempts: Int, randomFraction fraction: Double, retryAfter: Int64?)
        -> Int64
    {
        let doublings = max(0, min(failedAttempts - 1, 62))
        var exponential = initialBackoff
        for _ in 0..<doublings where exponential < maximumBackoff {
            exponential = exponential.multipliedReportingOverflow(by: 2).overflow ? maximumBackoff : exponential * 2
        }
        let capped = min(exponential, maximumBackoff)
        let spread = Double(capped) * jitter * (2 * min(max(fraction, 0), 1) - 1)
        // Int64.max is not exactly representable as a Double; stay below it so the conversion cannot trap.
        let jittered = Int64(min(max(0, (Double(capped) + spread).rounded()), 9.2e18))
        return max(jittered, retryAfter ?? 0)
    }

    /// The time after which a notification created at `createdAt` is no longer worth delivering.
    public func deadline(forCreatedAt createdAt: Timestamp) -> Timestamp {
        createdAt.addingReportingOverflow(maximumAge).overflow ? .max : createdAt + maximumAge
    }
}
