/// `/proc/meminfo`, read as node_exporter's `meminfo` collector reads it: `Key: value [kB]` becomes
/// `node_memory_Key_bytes` (kB × 1024), or `node_memory_Key` for counts; `Active(anon)` is named `Active_anon`.
enum ProcMeminfo {
    static func metrics(_ text: String) -> [HostMetric] {
        var metrics: [HostMetric] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 2, fields[0].hasSuffix(":"), let value = Double(fields[1]) else { continue }
            var key = String(fields[0].dropLast())
            if let open = key.firstIndex(of: "("), key.hasSuffix(")") {
                key = key[..<open] + "_" + key[key.index(after: open)..<key.index(before: key.endIndex)]
            }
            if fields.count >= 3, fields[2] == "kB" {
                metrics.append(HostMetric("node_memory_\(key)_bytes", [:], value * 1024))
            } else {
                metrics.append(HostMetric("node_memory_\(key)", [:], value))
            }
        }
        return metrics
    }
}
