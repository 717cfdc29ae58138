import GovernorDaemon
import GovernorQuery

/// Reads live values out of a snapshot's series with PromQL, at the snapshot's time. A query that fails or has no
/// data gives nil: telemetry shows what is known and says what is not.
struct TelemetryReader {
    let snapshot: DaemonSnapshot

    func vector(_ expression: String) -> InstantVector {
        guard
            case .vector(let vector)? = try? snapshot.engine.query(
                expression, at: snapshot.time, storage: snapshot.storage)
        else { return [] }
        return vector
    }

    /// The first sample's value.
    func value(_ expression: String) -> Double? {
        vector(expression).first.map(\.value).flatMap { $0.isFinite ? $0 : nil }
    }

    /// Each sample's value by one of its labels.
    func values(_ expression: String, by label: String) -> [String: Double] {
        var result: [String: Double] = [:]
        for sample in vector(expression) where sample.value.isFinite {
            result[sample.labels[label] ?? ""] = sample.value
        }
        return result
    }
}
