/// How one forecaster did at one risk level over a backtest: a forecast at the level or above counts as predicting
/// a failure within the horizon.
public struct BacktestScore: Sendable, Hashable, Encodable {
    public var level: String
    /// Forecasts made, and how many reached the level.
    public var forecasts: Int
    public var alarms: Int
    /// Alarms followed (within the horizon) by an incident under way.
    public var correctAlarms: Int
    public var incidents: Int
    /// Incidents announced by an alarm before they started.
    public var caught: Int
    /// Mean minutes between the first alarm and the incident's start, over the caught incidents.
    public var meanLeadMinutes: Double?

    /// nil when there was no alarm to be right or wrong about.
    public var precision: Double? { alarms == 0 ? nil : Double(correctAlarms) / Double(alarms) }
    /// nil when nothing happened to be caught.
    public var recall: Double? { incidents == 0 ? nil : Double(caught) / Double(incidents) }

    public init(
        level: String, forecasts: Int = 0, alarms: Int = 0, correctAlarms: Int = 0, incidents: Int = 0, caught: Int = 0,
        meanLeadMinutes: Double? = nil
    ) {
        self.level = level
        self.forecasts = forecasts
        self.alarms = alarms
        self.correctAlarms = correctAlarms
        self.incidents = incidents
        self.caught = caught
        self.meanLeadMinutes = meanLeadMinutes
    }

    /// Two backtests' scores at the same level, as one (lead times weighted by incidents caught).
    public func adding(_ other: BacktestScore) -> BacktestScore {
        let leads = [(meanLeadMinutes, caught), (other.meanLeadMinutes, other.caught)].compactMap { lead, count in
            lead.map { ($0 * Double(count), count) }
        }
        let caughtWithLead = leads.reduce(0) { $0 + $1.1 }
        return BacktestScore(
            level: level, forecasts: forecasts + other.forecasts, alarms: alarms + other.alarms,
            correctAlarms: correctAlarms + other.correctAlarms, incidents: incidents + other.incidents,
            caught: caught + other.caught,
            meanLeadMinutes: caughtWithLead == 0 ? nil : leads.reduce(0) { $0 + $1.0 } / Double(caughtWithLead))
    }

    enum CodingKeys: String, CodingKey {
        case level, forecasts, alarms, incidents, caught, precision, recall
        case correctAlarms = "correct_alarms"
        case meanLeadMinutes = "mean_lead_minutes"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(level, forKey: .level)
        try container.encode(forecasts, forKey: .forecasts)
        try container.encode(alarms, forKey: .alarms)
        try container.encode(correctAlarms, forKey: .correctAlarms)
        try container.encode(incidents, forKey: .incidents)
        try container.encode(caught, forKey: .caught)
        try container.encode(precision, forKey: .precision)
        try container.encode(recall, forKey: .recall)
        try container.encode(meanLeadMinutes, forKey: .meanLeadMinutes)
    }
}
