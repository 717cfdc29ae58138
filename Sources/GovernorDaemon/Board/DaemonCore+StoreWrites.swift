import GovernorRuntime

extension DaemonCore {
    /// Runs `body`, which writes to the store, with the board's copy of the store withdrawn, so the writes change
    /// the store in place instead of copying every series they touch; readers wait for it meanwhile. `body` is
    /// synchronous, so no reader waits across an `await`.
    func writingStore<Result>(_ body: (inout RuleRuntime) -> Result) -> Result {
        board.withdrawStore()
        defer { board.returnStore(runtime.storage) }
        return body(&runtime)
    }
}
