/// The changing operations the daemon performs on request, and nothing else: the dashboard's buttons, the console's
/// changing intents and the API all name one of these. A name outside this list is refused, whoever asks.
public enum OpsAction: String, CaseIterable, Hashable, Sendable, Codable {
    case silence
    case expireSilence = "expire-silence"
    case runGovernance = "run-governance"
    case runForecast = "run-forecast"
    case pauseGroup = "pause-group"
    case resumeGroup = "resume-group"
    case reload

    /// Every action changes something; the flag is in the catalog so a reader never has to assume it.
    public var changes: Bool { true }

    public var summary: String {
        switch self {
        case .silence: "mute the alerts that match, for a duration"
        case .expireSilence: "end a silence now"
        case .runGovernance: "run a governance pass now, outside the schedule"
        case .runForecast: "run every forecast now, outside the schedule"
        case .pauseGroup: "skip a rule group's ticks until it is resumed; its alerts keep their state"
        case .resumeGroup: "evaluate a paused rule group again"
        case .reload: "reload the policies and alerts from disk, as SIGHUP does"
        }
    }

    public var arguments: [OpsActionArgument] {
        switch self {
        case .silence:
            [
                OpsActionArgument(name: "matchers", type: .matchers, required: true),
                OpsActionArgument(name: "duration", type: .duration, required: true),
                OpsActionArgument(name: "comment", type: .string, required: false),
                OpsActionArgument(name: "createdBy", type: .string, required: false),
            ]
        case .expireSilence: [OpsActionArgument(name: "id", type: .string, required: true)]
        case .pauseGroup, .resumeGroup: [OpsActionArgument(name: "group", type: .string, required: true)]
        case .runGovernance, .runForecast, .reload: []
        }
    }
}

/// One argument an action takes.
public struct OpsActionArgument: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case string
        /// A Prometheus duration such as `2h` or `30m`.
        case duration
        /// An array of strings in Alertmanager matcher syntax, such as `alertname="PaymentsDown"`.
        case matchers
    }

    public var name: String
    public var type: Kind
    public var required: Bool

    public init(name: String, type: Kind, required: Bool) {
        self.name = name
        self.type = type
        self.required = required
    }
}
