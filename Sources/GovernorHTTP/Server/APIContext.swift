public import GovernorDaemon
public import GovernorSources
import HTTPTypes

/// What the handlers read and act on: the board for everything they show (so no request waits for a tick), and
/// the core for what they change.
public struct APIContext: Sendable {
    public var core: DaemonCore
    public var board: DaemonBoard
    public var settings: HTTPSettings
    /// Where remote-written samples wait for the next collection; nil when the daemon takes no pushes.
    public var push: PushSource?
    /// Reloads the policies from disk, as SIGHUP does; returns the diagnostics when the reload failed.
    public var reload: @Sendable () async -> ReloadOutcome
    /// Where the daemon writes its NDJSON logs, whose tails the dashboard shows.
    public var logsDirectory: String

    public init(
        core: DaemonCore, board: DaemonBoard, settings: HTTPSettings, push: PushSource? = nil,
        logsDirectory: String = "logs", reload: @escaping @Sendable () async -> ReloadOutcome
    ) {
        self.core = core
        self.logsDirectory = logsDirectory
        self.board = board
        self.settings = settings
        self.push = push
        self.reload = reload
    }

    /// The latest snapshot with the store, or a 503 before the daemon has posted one. Waits while the core writes
    /// to its store (a few milliseconds).
    public func snapshot() async throws(APIError) -> DaemonSnapshot {
        guard let snapshot = await board.snapshot() else {
            throw APIError(.serviceUnavailable, "unavailable", "the daemon is still starting")
        }
        return snapshot
    }
}

/// What a reload asked over HTTP did.
public struct ReloadOutcome: Sendable, Codable {
    public var adopted: Bool
    /// Every problem, as `file:line:col: error: message`.
    public var diagnostics: [String]

    public init(adopted: Bool, diagnostics: [String]) {
        self.adopted = adopted
        self.diagnostics = diagnostics
    }
}
