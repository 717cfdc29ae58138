public import GovernorCore

/// The name of each intent, with what a person and the language model are told about it: a summary, how to ask,
/// the words the grammar knows it by.
public enum IntentKind: String, CaseIterable, Hashable, Sendable {
    case status, audit, payments, objectives, forecast, alerts, explain, routes
    case silence
    case expireSilence = "expire-silence"
    case runGovernance = "run-governance"
    case runForecast = "run-forecast"
    case pauseGroup = "pause-group"
    case resumeGroup = "resume-group"
    case reload

    /// The ops action behind a changing intent; nil for a reading one.
    public var action: OpsAction? { OpsAction(rawValue: rawValue) }

    public var summary: String {
        switch self {
        case .status: "the seven components and the overall health"
        case .audit: "recent actions: silences, reloads, pauses, runs"
        case .payments: "payment success and failure rate, revenue"
        case .objectives: "SLOs and KPIs: values, error budgets, burn rates"
        case .forecast: "the forecast risk and predicted failures"
        case .alerts: "the firing and pending alerts"
        case .explain: "why an alert fires or not: its rule, value and state"
        case .routes: "who would be told about an alert with these labels"
        default: action!.summary
        }
    }

    /// How to ask, as `help` shows it.
    public var usage: String {
        switch self {
        case .explain: "explain ALERT"
        case .routes: "routes LABEL=VALUE …   (or: who is told about ALERT)"
        case .silence: "silence ALERT|MATCHERS for DURATION   (e.g. silence PaymentsDown for 2h)"
        case .expireSilence: "expire silence ID"
        case .pauseGroup: "pause group GROUP"
        case .resumeGroup: "resume group GROUP"
        case .runGovernance: "run governance now"
        case .runForecast: "run the forecast now"
        case .reload: "reload policies"
        case .status: "show system status"
        case .objectives: "check slo"
        case .forecast: "forecast risk"
        default: rawValue
        }
    }

    /// Words that point at the intent, with their weight; the grammar adds up the weights of the words it sees.
    var keywords: [String: Int] {
        switch self {
        case .status: ["status": 3, "health": 3, "healthy": 3, "overview": 3, "system": 1, "components": 2, "state": 1]
        case .audit: ["audit": 3, "history": 2, "recent": 1, "actions": 2, "changes": 2, "log": 1, "logs": 1]
        case .payments:
            ["payments": 3, "payment": 3, "revenue": 3, "finance": 3, "money": 2, "transactions": 2, "sales": 2]
        case .objectives:
            [
                "slo": 3, "slos": 3, "kpi": 3, "kpis": 3, "objectives": 3, "objective": 3, "budget": 3, "budgets": 3,
                "burn": 3, "sli": 3, "error": 1, "okr": 3, "okrs": 3, "targets": 2,
            ]
        case .forecast: ["forecast": 3, "risk": 3, "predict": 3, "prediction": 3, "predictions": 3, "outlook": 2]
        case .alerts: ["alerts": 3, "alert": 2, "firing": 3, "pending": 3, "alarms": 3, "incidents": 2, "active": 1]
        case .explain: ["explain": 4, "why": 4]
        case .routes: ["routes": 3, "route": 3, "routing": 3, "notified": 3, "told": 3, "receivers": 3, "who": 2]
        case .silence: ["silence": 4, "mute": 4, "snooze": 4, "quiet": 3]
        case .expireSilence: ["expire": 4, "unsilence": 5, "unmute": 5, "unsnooze": 5]
        case .runGovernance: ["governance": 2, "compliance": 1]
        case .runForecast: [:]
        case .pauseGroup: ["pause": 4, "suspend": 4, "disable": 3]
        case .resumeGroup: ["resume": 4, "unpause": 5, "enable": 3]
        case .reload: ["reload": 5, "reread": 4, "refresh": 2]
        }
    }
}
