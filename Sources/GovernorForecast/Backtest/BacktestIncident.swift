public import GovernorQuery

/// What actually happened in a replayed history: an alert firing from `start` until `end` (nil while it was still
/// firing when the history ended).
public struct BacktestIncident: Sendable, Hashable {
    public var alert: String
    public var start: Timestamp
    public var end: Timestamp?

    public init(alert: String, start: Timestamp, end: Timestamp?) {
        self.alert = alert
        self.start = start
        self.end = end
    }

    /// Whether the incident is under way at some moment of `(from, through]`.
    func overlaps(after from: Timestamp, through: Timestamp) -> Bool {
        start <= through && (end ?? .max) > from
    }
}

extension BacktestIncident {
    /// Overlapping incidents as one: an outage that fires three alerts is one failure to predict, starting when the
    /// first of them fired.
    public static func episodes(_ incidents: [BacktestIncident]) -> [BacktestIncident] {
        var episodes: [BacktestIncident] = []
        for incident in incidents.sorted(by: { $0.start < $1.start }) {
            if var last = episodes.last, incident.start <= (last.end ?? .max) {
                last.end = last.end.flatMap { end in incident.end.map { max(end, $0) } }
                if !last.alert.split(separator: ",").contains(Substring(incident.alert)) {
                    last.alert += "," + incident.alert
                }
                episodes[episodes.count - 1] = last
            } else {
                episodes.append(incident)
            }
        }
        return episodes
    }
}
