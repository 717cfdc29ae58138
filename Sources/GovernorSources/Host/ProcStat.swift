/// `/proc/stat`, read as node_exporter's `cpu` and `stat` collectors read it.
enum ProcStat {
    /// Clock ticks per second of the `cpu` lines. Linux reports them in USER_HZ, which is 100 on every
    /// architecture it exposes to user space; node_exporter assumes the same.
    static let userHertz = 100.0
    /// The columns of a `cpuN` line, in order, under node_exporter's mode names.
    static let modes = ["user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal"]

    static func metrics(_ text: String) -> [HostMetric] {
        var metrics: [HostMetric] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let key = fields.first, fields.count >= 2 else { continue }
            let numbers = fields.dropFirst().map { Double($0) }
            switch key {
            case "ctxt": metrics.append(HostMetric("node_context_switches_total", [:], numbers[0] ?? 0))
            case "btime": metrics.append(HostMetric("node_boot_time_seconds", [:], numbers[0] ?? 0))
            case "processes": metrics.append(HostMetric("node_forks_total", [:], numbers[0] ?? 0))
            case "procs_running": metrics.append(HostMetric("node_procs_running", [:], numbers[0] ?? 0))
            case "procs_blocked": metrics.append(HostMetric("node_procs_blocked", [:], numbers[0] ?? 0))
            case "intr": metrics.append(HostMetric("node_intr_total", [:], numbers[0] ?? 0))
            default:
                // The aggregate `cpu` line is left out, as node_exporter leaves it out.
                guard key.hasPrefix("cpu"), key.count > 3, let cpu = Int(key.dropFirst(3)) else { continue }
                for (mode, ticks) in zip(modes, numbers) {
                    guard let ticks else { continue }
                    metrics.append(
                        HostMetric("node_cpu_seconds_total", ["cpu": String(cpu), "mode": mode], ticks / userHertz))
                }
                for (mode, column) in [("user", 8), ("nice", 9)] where column < numbers.count {
                    guard let ticks = numbers[column] else { continue }
                    metrics.append(
                        HostMetric(
                            "node_cpu_guest_seconds_total", ["cpu": String(cpu), "mode": mode], ticks / userHertz))
                }
            }
        }
        return metrics
    }
}
