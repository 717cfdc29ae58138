public import Foundation
public import GovernorCore
public import GovernorQuery

/// Host metrics from procfs and `statfs`, under node_exporter's names and labels, so rules and dashboards
/// written for node_exporter read them unchanged:
///
/// - `node_cpu_seconds_total{cpu,mode}`, `node_cpu_guest_seconds_total{cpu,mode}` (`stat`)
/// - `node_boot_time_seconds`, `node_context_switches_total`, `node_forks_total`, `node_intr_total`,
///   `node_procs_running`, `node_procs_blocked` (`stat`)
/// - `node_memory_<Field>_bytes` for every `kB` line of `meminfo` (`node_memory_<Field>` for counts)
/// - `node_load1`, `node_load5`, `node_load15` (`loadavg`)
/// - `node_filesystem_{size,free,avail}_bytes`, `node_filesystem_files`, `node_filesystem_files_free`,
///   `node_filesystem_readonly`, `node_filesystem_device_error`, labelled `device`, `fstype`, `mountpoint`
/// - `node_network_{receive,transmit}_{bytes,packets,errs,drop}_total{device}` (`net/dev`)
///
/// The proc root is a parameter, so a container's view or a test's fixture tree reads the same way; so is
/// `statfs`. A file that cannot be read leaves its metrics out and is named in the batch's error; the rest is
/// still collected. A `statfs` that does not return within `statfsTimeout` (a hung network filesystem) gives
/// that filesystem `node_filesystem_device_error` 1, and the mount point is skipped until the call returns, as
/// node_exporter's "stuck mounts" are.
public struct HostSource: MetricSource {
    public let name = "host"
    public let interval: Int64
    public let procRoot: String
    /// Milliseconds one `statfs` may take.
    public let statfsTimeout: Int64
    private let filesystemUsage: @Sendable (String) -> FilesystemUsage?
    private let stuckMountPoints = OverdueCalls()

    public init(
        procRoot: String = HostSourceDeclaration.defaultProcRoot,
        interval: Int64 = HostSourceDeclaration.defaultInterval, statfsTimeout: Int64 = 5_000,
        filesystemUsage: @escaping @Sendable (String) -> FilesystemUsage? = FilesystemUsage.statfs
    ) {
        self.procRoot = procRoot
        self.interval = interval
        self.statfsTimeout = statfsTimeout
        self.filesystemUsage = filesystemUsage
    }

    public init(_ declaration: HostSourceDeclaration) {
        self.init(procRoot: declaration.procRoot, interval: declaration.interval)
    }

    public func collect(at time: Timestamp) async -> SourceBatch {
        var metrics: [HostMetric] = []
        var errors: [String] = []
        func read(_ file: String, _ parse: (String) throws(HostReadError) -> [HostMetric]) {
            guard let text = try? String(contentsOfFile: "\(procRoot)/\(file)", encoding: .utf8) else {
                errors.append("\(procRoot)/\(file): cannot be read")
                return
            }
            do {
                metrics += try parse(text)
            } catch {
                errors.append("\(procRoot)/\(error.description)")
            }
        }
        read("stat") { ProcStat.metrics($0) }
        read("meminfo") { ProcMeminfo.metrics($0) }
        read("loadavg") { text throws(HostReadError) in try ProcLoadavg.metrics(text) }
        read("net/dev") { ProcNetDev.metrics($0) }
        let mountTable = ["1/mounts", "mounts"].lazy.compactMap { file in
            try? String(contentsOfFile: "\(procRoot)/\(file)", encoding: .utf8)
        }.first
        if let mountTable {
            metrics += await filesystemMetrics(ProcMounts.mounts(mountTable), errors: &errors)
        } else {
            errors.append("\(procRoot)/1/mounts: cannot be read (nor \(procRoot)/mounts)")
        }
        return SourceBatch(
            samples: metrics.map { $0.sample(at: time) }, error: errors.isEmpty ? nil : errors.joined(separator: "; "))
    }

    private func filesystemMetrics(_ mounts: [ProcMounts.Mount], errors: inout [String]) async -> [HostMetric] {
        var metrics: [HostMetric] = []
        for mount in mounts {
            let labels = ["device": mount.device, "fstype": mount.fileSystemType, "mountpoint": mount.mountPoint]
            let usage = await usage(of: mount.mountPoint, errors: &errors)
            metrics.append(HostMetric("node_filesystem_device_error", labels, usage == nil ? 1 : 0))
            metrics.append(HostMetric("node_filesystem_readonly", labels, mount.readOnly ? 1 : 0))
            guard let usage else { continue }
            metrics += [
                HostMetric("node_filesystem_size_bytes", labels, usage.sizeBytes),
                HostMetric("node_filesystem_free_bytes", labels, usage.freeBytes),
                HostMetric("node_filesystem_avail_bytes", labels, usage.availableBytes),
                HostMetric("node_filesystem_files", labels, usage.files),
                HostMetric("node_filesystem_files_free", labels, usage.filesFree),
            ]
        }
        return metrics
    }

    /// `statfs` of one mount point within the deadline; nil when it failed, timed out, or is still stuck.
    private func usage(of mountPoint: String, errors: inout [String]) async -> FilesystemUsage? {
        guard !stuckMountPoints.contains(mountPoint) else {
            errors.append("statfs \(mountPoint): an earlier call has not returned yet")
            return nil
        }
        let filesystemUsage = filesystemUsage
        let result = await blockingCall(deadline: statfsTimeout, key: mountPoint, overdue: stuckMountPoints) {
            filesystemUsage(mountPoint)
        }
        guard let result else {
            errors.append("statfs \(mountPoint): no answer within \(PrometheusDuration.format(statfsTimeout))")
            return nil
        }
        return result
    }
}
