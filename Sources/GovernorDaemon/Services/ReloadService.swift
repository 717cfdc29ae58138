import Foundation
import ServiceLifecycle
import UnixSignals

/// Reloads the policies on SIGHUP and whenever a policy or alerts file changes. The files are read and compiled
/// here, beside the evaluation loop, so ticks go on meanwhile; the core adopts the result only if it has no error.
struct ReloadService: Service {
    let core: DaemonCore
    let configuration: DaemonConfiguration

    func run() async throws {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
                    await reload(reason: "SIGHUP")
                }
            }
            if configuration.reloadPollInterval > 0 {
                group.addTask { await watchFiles() }
            }
        }
    }

    private func watchFiles() async {
        let watched = configuration.policyPaths + (configuration.alertsPath.map { [$0] } ?? [])
        var last = FileFingerprint(paths: watched)
        while !Task.isShuttingDownGracefully {
            do {
                try await cancelWhenGracefulShutdown {
                    try await Task.sleep(for: .milliseconds(configuration.reloadPollInterval))
                }
            } catch {
                return
            }
            let current = FileFingerprint(paths: watched)
            guard current != last else { continue }
            last = current
            await reload(reason: "policy files changed")
        }
    }

    private func reload(reason: String) async {
        await PolicyReloader(configuration: configuration).reload(core, reason: reason)
    }
}

/// The size and modification time of every file under some paths: cheap to take every few seconds, and different
/// whenever a file is saved, added or removed.
struct FileFingerprint: Equatable {
    private var entries: [String: [Double]] = [:]

    init(paths: [String]) {
        let fileManager = FileManager.default
        for path in paths {
            let files = [path] + (fileManager.subpaths(atPath: path) ?? []).map { "\(path)/\($0)" }
            for file in files {
                guard let attributes = try? fileManager.attributesOfItem(atPath: file),
                    attributes[.type] as? FileAttributeType == .typeRegular
                else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
                entries[file] = [modified, size]
            }
        }
    }
}
