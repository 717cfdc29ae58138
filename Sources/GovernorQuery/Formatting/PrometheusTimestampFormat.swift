/// Prints a millisecond timestamp as seconds, exactly as Prometheus's HTTP API writes it
/// (`jsonutil.MarshalTimestamp`): `1435781451.781`, `1435781451.5` is written `1435781451.500`,
/// and whole seconds have no fraction.
public enum PrometheusTimestampFormat {
    public static func seconds(_ timestamp: Timestamp) -> String {
        let sign = timestamp < 0 ? "-" : ""
        let magnitude = timestamp.magnitude
        let whole = magnitude / 1000
        let fraction = magnitude % 1000
        guard fraction != 0 else { return "\(sign)\(whole)" }
        let padded = String(repeating: "0", count: fraction < 10 ? 2 : fraction < 100 ? 1 : 0) + "\(fraction)"
        return "\(sign)\(whole).\(padded)"
    }
}
