/// The host's series under node_exporter's names: two CPUs, memory, the root filesystem and the load average.
extension ScenarioTimeline {
    static let cpuCount = 2
    static let memoryTotalBytes = 8 * gibibyte
    static let diskSizeBytes = 100 * gibibyte
    /// Free space on the root filesystem at the start.
    static let diskAvailableBytes = 38 * gibibyte

    func addNode(to catalog: inout SeriesCatalog) {
        let system = StepFunction.constant(0.05)
        let busy = cpuUser + system + cpuIOWait
        let modes: [(mode: String, share: StepFunction)] = [
            ("idle", busy.map { max(0, 1 - $0) }), ("iowait", cpuIOWait), ("system", system), ("user", cpuUser),
        ]
        for cpu in 0..<Self.cpuCount {
            for (mode, share) in modes {
                // A CPU spends one second per second across its modes.
                catalog.counter("node_cpu_seconds_total", job: "node", ["cpu": "\(cpu)", "mode": mode], rate: share)
            }
        }
        catalog.gauge("node_memory_MemTotal_bytes", job: "node", [:], .level(.constant(Self.memoryTotalBytes)))
        catalog.gauge(
            "node_memory_MemAvailable_bytes", job: "node", [:], .level(memoryAvailableBytes),
            noise: 64 * Self.mebibyte)
        let filesystem = ["device": "/dev/sda1", "fstype": "ext4", "mountpoint": "/"]
        catalog.gauge("node_filesystem_size_bytes", job: "node", filesystem, .level(.constant(Self.diskSizeBytes)))
        catalog.gauge(
            "node_filesystem_avail_bytes", job: "node", filesystem,
            .draining(from: Self.diskAvailableBytes, rate: diskFillBytesPerSecond), noise: 8 * Self.mebibyte)
        // The run queue follows how busy the CPUs are, a little above it as runnable tasks wait.
        catalog.gauge(
            "node_load1", job: "node", [:], .level(busy * (Double(Self.cpuCount) * 1.1)), noise: 0.08,
            unitsPerValue: 100)
    }
}
