import Foundation
public import GovernorCore
public import GovernorQuery

/// Reads what a forecast declares at one time: each component's reading and a bounded summary of each input.
/// Pure: the store and the time are parameters; nothing here touches a clock, a file or the network.
public struct SnapshotReader: Sendable {
    /// The most series of one input that are summarised; the rest are counted in `omitted`.
    public var seriesPerInput: Int
    /// How many recent values each series shows, evenly spaced over the last hour.
    public var recentValues: Int

    public init(seriesPerInput: Int = 5, recentValues: Int = 6) {
        self.seriesPerInput = seriesPerInput
        self.recentValues = recentValues
    }

    public func read(
        _ declaration: ForecastDeclaration, at time: Timestamp, storage: any SeriesStorage, engine: QueryEngine
    ) -> ForecastSnapshot {
        let query = SeriesQuery(engine: engine, storage: storage)
        let reader = ComponentReader(query: query, lookback: declaration.lookback, horizon: declaration.horizon)
        return ForecastSnapshot(
            name: declaration.name, time: time, horizon: declaration.horizon,
            components: declaration.components.map { reader.read($0, at: time) },
            inputs: declaration.inputs.map { summarise($0, lookback: declaration.lookback, at: time, query: query) })
    }

    private func summarise(_ input: PolicyExpression, lookback: Int64, at time: Timestamp, query: SeriesQuery)
        -> InputSummary
    {
        let spacing: Int64 = 3_600_000 / Int64(max(1, recentValues - 1))
        let instants = (0..<recentValues).map { time - Int64(recentValues - 1 - $0) * spacing }
        let recent = instants.map { (try? query.vector(input.text, at: $0)) ?? [:] }
        let trends = (try? query.trends(input, window: lookback, at: time)) ?? [:]
        let labels = Set(recent.last?.keys.map { $0 } ?? []).union(trends.keys).sorted()
        let series = labels.prefix(seriesPerInput).map { labels in
            InputSummary.Series(
                labels: labels.plainDictionary, recent: recent.map { $0[labels].map(Self.rounded) },
                trendPerHour: trends[labels].map { Self.rounded($0.slope * 3600) })
        }
        return InputSummary(expression: input.text, series: series, omitted: max(0, labels.count - seriesPerInput))
    }

    /// Six significant digits: enough to reason about, and it keeps the prompt short.
    static func rounded(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        return Double(String(format: "%.6g", value)) ?? value
    }
}
