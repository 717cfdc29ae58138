import Synchronization

/// True for the first caller of `claim()` only: an answer and its deadline race to resume one continuation.
final class OnceFlag: Sendable {
    private let claimed = Mutex(false)

    func claim() -> Bool {
        claimed.withLock { claimed in
            defer { claimed = true }
            return !claimed
        }
    }
}
