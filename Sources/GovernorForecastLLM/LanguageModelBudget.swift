public import GovernorQuery

/// Calls and tokens spent over the last hour, so a forecaster asked too often falls back instead of spending more.
/// An actor because every forecast run shares it; time is a parameter, never read from a clock.
public actor LanguageModelBudget {
    private var calls: [Timestamp] = []
    private var tokens: [(time: Timestamp, count: Int)] = []

    public init() {}

    /// nil when one more call, expected to use `expectedTokens`, fits both caps; otherwise why not.
    public func refusal(at time: Timestamp, maxCalls: Int, maxTokens: Int, expectedTokens: Int) -> String? {
        forget(before: time - 3_600_000)
        if calls.count >= maxCalls {
            return "over budget: \(calls.count) calls in the last hour (max_calls_per_hour \(maxCalls))"
        }
        let used = tokens.reduce(0) { $0 + $1.count }
        if used + expectedTokens > maxTokens {
            return
                "over budget: \(used) tokens used in the last hour and about \(expectedTokens) more needed "
                + "(max_tokens_per_hour \(maxTokens))"
        }
        return nil
    }

    public func recordCall(at time: Timestamp) {
        calls.append(time)
    }

    public func recordTokens(_ count: Int, at time: Timestamp) {
        tokens.append((time, count))
    }

    private func forget(before cutoff: Timestamp) {
        calls.removeAll { $0 <= cutoff }
        tokens.removeAll { $0.time <= cutoff }
    }
}
