import GovernorEngine
import Testing

@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(initialBackoff: 1_000, maximumBackoff: 8_000, jitter: 0.5, maximumAge: 60_000)

    @Test func backoffDoublesUpToTheMaximum() {
        let waits = (1...6).map { policy.backoff(afterFailedAttempts: $0, randomFraction: 0.5, retryAfter: nil) }
        #expect(waits == [1_000, 2_000, 4_000, 8_000, 8_000, 8_000])
    }

    @Test func jitterSpreadsTheWaitSymmetrically() {
        #expect(policy.backoff(afterFailedAttempts: 2, randomFraction: 0, retryAfter: nil) == 1_000)
        #expect(policy.backoff(afterFailedAttempts: 2, randomFraction: 0.75, retryAfter: nil) == 2_500)
    }

    @Test func retryAfterIsAFloor() {
        #expect(policy.backoff(afterFailedAttempts: 1, randomFraction: 0.5, retryAfter: 30_000) == 30_000)
        #expect(policy.backoff(afterFailedAttempts: 4, randomFraction: 0.5, retryAfter: 10) == 8_000)
    }

    @Test func hugeAttemptCountsDoNotOverflow() {
        let wide = RetryPolicy(initialBackoff: 1_000, maximumBackoff: .max, jitter: 0, maximumAge: .max)
        #expect(wide.backoff(afterFailedAttempts: 500, randomFraction: 0.5, retryAfter: nil) > 0)
        #expect(wide.deadline(forCreatedAt: 5) == .max)
    }
}
