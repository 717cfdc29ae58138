import Foundation
import GovernorQuery
import GovernorSources
import Testing

@Suite struct HostSourceTests {
    static let fixtureRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/proc").path

    /// Every mount point reports the same made-up usage, except /srv/my data, whose statfs fails.
    static let source = HostSource(procRoot: fixtureRoot, interval: 10_000) { mountPoint in
        mountPoint == "/srv/my data"
            ? nil
            : FilesystemUsage(sizeBytes: 1000, freeBytes: 400, availableBytes: 300, files: 50, filesFree: 20)
    }

    func value(_ batch: SourceBatch, _ name: String, _ labels: [String: String] = [:]) -> Double? {
        var all = labels
        all["__name__"] = name
        return batch.samples.first { $0.labels == Labels(all) }?.value
    }

    @Test func cpuSecondsPerCPUAndModeFromStatTicks() async {
        let batch = await Self.source.collect(at: 5_000)
        #expect(batch.error == nil)
        #expect(batch.samples.allSatisfy { $0.timestamp == 5_000 })
        let cpu = batch.samples.filter { $0.labels.metricName == "node_cpu_seconds_total" }
        #expect(cpu.count == 16, "two CPUs by eight modes; the aggregate line is left out")
        #expect(value(batch, "node_cpu_seconds_total", ["cpu": "0", "mode": "user"]) == 11.32)
        #expect(value(batch, "node_cpu_seconds_total", ["cpu": "1", "mode": "idle"]) == 113_138.45)
        #expect(value(batch, "node_cpu_seconds_total", ["cpu": "0", "mode": "steal"]) == 0.05)
        #expect(value(batch, "node_cpu_guest_seconds_total", ["cpu": "0", "mode": "nice"]) == 0.03)
        #expect(value(batch, "node_boot_time_seconds") == 1_062_191_376)
        #expect(value(batch, "node_context_switches_total") == 1_990_473)
        #expect(value(batch, "node_forks_total") == 2915)
        #expect(value(batch, "node_intr_total") == 114_930_548)
        #expect(value(batch, "node_procs_running") == 1)
    }

    @Test func memoryLoadAndNetwork() async {
        let batch = await Self.source.collect(at: 0)
        #expect(value(batch, "node_memory_MemTotal_bytes") == Double(16_303_948 * 1024))
        #expect(value(batch, "node_memory_MemAvailable_bytes") == Double(9_875_612 * 1024))
        #expect(value(batch, "node_memory_Active_anon_bytes") == Double(123_456 * 1024))
        #expect(value(batch, "node_memory_HugePages_Total") == 0)
        #expect(value(batch, "node_load1") == 0.52)
        #expect(value(batch, "node_load15") == 0.59)
        #expect(value(batch, "node_network_receive_bytes_total", ["device": "eth0"]) == 9_876_543)
        #expect(value(batch, "node_network_transmit_drop_total", ["device": "eth0"]) == 4)
        #expect(value(batch, "node_network_receive_packets_total", ["device": "lo"]) == nil)
    }

    @Test func filesystemsAsNodeExporterFiltersAndLabelsThem() async {
        let batch = await Self.source.collect(at: 0)
        let mountPoints = Set(batch.samples.compactMap { $0.labels["mountpoint"] })
        #expect(mountPoints == ["/", "/srv/my data"])
        let root = ["device": "/dev/vda1", "fstype": "ext4", "mountpoint": "/"]
        #expect(value(batch, "node_filesystem_size_bytes", root) == 1000)
        #expect(value(batch, "node_filesystem_avail_bytes", root) == 300)
        #expect(value(batch, "node_filesystem_free_bytes", root) == 400)
        #expect(value(batch, "node_filesystem_files_free", root) == 20)
        #expect(value(batch, "node_filesystem_readonly", root) == 0)
        #expect(
            batch.samples.filter {
                $0.labels == Labels(root.merging(["__name__": "node_filesystem_size_bytes"]) { a, _ in a })
            }.count == 1)
        let data = ["device": "/dev/vdb1", "fstype": "xfs", "mountpoint": "/srv/my data"]
        #expect(value(batch, "node_filesystem_device_error", data) == 1)
        #expect(value(batch, "node_filesystem_readonly", data) == 1)
        #expect(value(batch, "node_filesystem_size_bytes", data) == nil)
    }

    @Test func aMissingProcRootIsAnErrorNotACrash() async {
        let batch = await HostSource(procRoot: "/nonexistent/proc").collect(at: 0)
        #expect(batch.samples.isEmpty)
        #expect(
            batch.error
                == "/nonexistent/proc/stat: cannot be read; /nonexistent/proc/meminfo: cannot be read; "
                + "/nonexistent/proc/loadavg: cannot be read; /nonexistent/proc/net/dev: cannot be read; "
                + "/nonexistent/proc/1/mounts: cannot be read (nor /nonexistent/proc/mounts)")
    }

    @Test func aHungStatfsGivesADeviceErrorNotAHungTick() async {
        let source = HostSource(procRoot: Self.fixtureRoot, statfsTimeout: 200) { mountPoint in
            if mountPoint == "/srv/my data" { Thread.sleep(forTimeInterval: 120) }
            return FilesystemUsage(sizeBytes: 1, freeBytes: 1, availableBytes: 1, files: 1, filesFree: 1)
        }
        let data = ["device": "/dev/vdb1", "fstype": "xfs", "mountpoint": "/srv/my data"]
        let first = await source.collect(at: 0)
        // No wall-clock bound (the suite shares two cores): only the deadline can produce this message, and had the
        // call been waited for, the mount would have its sizes instead of a device error.
        #expect(first.error == "statfs /srv/my data: no answer within 200ms")
        #expect(value(first, "node_filesystem_device_error", data) == 1)
        #expect(
            value(first, "node_filesystem_size_bytes", ["device": "/dev/vda1", "fstype": "ext4", "mountpoint": "/"])
                == 1)
        // Still stuck: not called again, so a hung mount never parks more than one thread.
        let second = await source.collect(at: 1)
        #expect(second.error == "statfs /srv/my data: an earlier call has not returned yet")
    }
}
