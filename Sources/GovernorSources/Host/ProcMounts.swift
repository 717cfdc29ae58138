/// The mount table (`<proc root>/1/mounts`, else `<proc root>/mounts`), filtered as Debian's node_exporter 1.5
/// filters it by default: pseudo filesystems, container layers and the system's own mount points are left out.
enum ProcMounts {
    struct Mount: Hashable, Sendable {
        var device: String
        var mountPoint: String
        var fileSystemType: String
        var readOnly: Bool
    }

    /// Debian's node_exporter 1.5 `--collector.filesystem.mount-points-exclude` default (upstream's spares
    /// `/run`, `/mnt` and `/media`).
    static var excludedMountPoints: Regex<AnyRegexOutput> {
        try! Regex(#"^/(dev|proc|run|sys|mnt|media|var/lib/docker/.+|var/lib/containers/storage/.+)($|/)"#)
    }
    /// node_exporter 1.5's `--collector.filesystem.fs-types-exclude` default.
    static var excludedTypes: Regex<AnyRegexOutput> {
        try! Regex(
            #"^(autofs|binfmt_misc|bpf|cgroup2?|configfs|debugfs|devpts|devtmpfs|fusectl|hugetlbfs|iso9660|mqueue|nsfs|overlay|proc|procfs|pstore|rpc_pipefs|securityfs|selinuxfs|squashfs|sysfs|tracefs)$"#
        )
    }

    static func mounts(_ text: String) -> [Mount] {
        let excludedMountPoints = excludedMountPoints
        let excludedTypes = excludedTypes
        var seen: Set<Mount> = []
        var mounts: [Mount] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 4 else { continue }
            let mount = Mount(
                device: String(fields[0]), mountPoint: unescape(fields[1]), fileSystemType: String(fields[2]),
                readOnly: fields[3].split(separator: ",").contains("ro"))
            guard (try? excludedMountPoints.firstMatch(in: mount.mountPoint)) == nil,
                (try? excludedTypes.wholeMatch(in: mount.fileSystemType)) == nil
            else { continue }
            if seen.insert(mount).inserted { mounts.append(mount) }
        }
        return mounts
    }

    /// The kernel writes a space in a mount point as `\040` and a tab as `\011`.
    private static func unescape(_ field: Substring) -> String {
        String(field.replacing("\\040", with: " ").replacing("\\011", with: "\t"))
    }
}
