import GovernorCharts
import GovernorCore
import GovernorQuery
import GovernorRuntime

/// A replay's alerts as timeline rows: each alert (its name and labels) gets its pending and firing spans from the
/// state changes, and a mark at each notification, at the times `dry-run` prints them.
enum ReplayTimeline {
    /// How a row names its alert: `Name{label="value",…}`, labels sorted, `alertname` left out.
    static func label(_ alertName: String, _ labels: Labels) -> String {
        let rest = labels.removing(["alertname"]).pairs
        guard !rest.isEmpty else { return alertName }
        return alertName + "{" + rest.map { "\($0.name)=\(JSONText.quoted($0.value))" }.joined(separator: ",") + "}"
    }

    static func rows(_ report: ReplayReport) -> [AlertTimeline.Row] {
        var order: [String] = []
        var spans: [String: [AlertTimeline.Span]] = [:]
        var marks: [String: [AlertTimeline.Mark]] = [:]
        func row(_ key: String) {
            if spans[key] == nil && marks[key] == nil { order.append(key) }
            if spans[key] == nil { spans[key] = [] }
        }
        func close(_ key: String, at time: Int64) {
            if let last = spans[key]?.indices.last, spans[key]![last].end == nil { spans[key]![last].end = time }
        }
        for change in report.stateChanges {
            let key = label(change.alertName, change.labels)
            row(key)
            switch change.change {
            case .activated:
                close(key, at: change.time)
                spans[key]!.append(.init(state: .pending, start: change.time, end: nil))
            case .fired:
                close(key, at: change.time)
                spans[key]!.append(.init(state: .firing, start: change.time, end: nil))
            case .resolved, .cancelled:
                close(key, at: change.time)
            case .forgotten:
                break
            }
        }
        for notification in report.notifications {
            let key = label(notification.alertName, notification.labels)
            row(key)
            marks[key, default: []].append(
                .init(
                    time: notification.time, status: notification.status.rawValue,
                    receivers: notification.receivers))
        }
        let byName = Dictionary(grouping: report.stateChanges.map { ($0.alertName, $0.labels) }, by: \.0)
        let pairs: [(String, String)] = byName.values.flatMap { rows in
            Self.displays(rows.map(\.1), alertName: rows[0].0)
        }
        let shown = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        return order.map {
            AlertTimeline.Row(label: $0, display: shown[$0], spans: spans[$0] ?? [], marks: marks[$0] ?? [])
        }
    }

    /// Short names for the rows of one alert: its name, and the values of the labels that tell its rows apart
    /// (`PaymentSuccessBurnRate (critical, page)`).
    static func displays(_ labelSets: [Labels], alertName: String) -> [(String, String)] {
        let distinct = Array(Set(labelSets))
        let differing = Set(distinct.flatMap { $0.pairs.map(\.name) }).sorted().filter { name in
            Set(distinct.map { $0[name] ?? "" }).count > 1
        }
        return distinct.map { labels in
            let values = differing.compactMap { labels[$0] }
            return (
                label(alertName, labels),
                values.isEmpty ? alertName : "\(alertName) (\(values.joined(separator: ", ")))"
            )
        }
    }
}
