/// Where tails keep their read positions between runs. The daemon passes the SQLite store (GovernorStore's
/// `SQLiteTailPositionStore`); tests and `governor` one-shot commands use `InMemoryTailPositionStore`.
public protocol TailPositionStore: Sendable {
    /// The position saved for `path`, or nil when that file was never read.
    func position(of path: String) async throws -> TailPosition?
    /// Replaces the position saved for `path`.
    func save(_ position: TailPosition, of path: String) async throws
}

/// Positions kept in memory: they survive a `TailSource` being rebuilt (a reload), not a restart.
public actor InMemoryTailPositionStore: TailPositionStore {
    private var positions: [String: TailPosition] = [:]

    public init() {}

    public func position(of path: String) -> TailPosition? { positions[path] }

    public func save(_ position: TailPosition, of path: String) { positions[path] = position }
}
