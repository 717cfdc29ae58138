import Foundation
import GovernorCore
import GovernorReceivers
import GovernorRuntime

/// The daemon's NDJSON logs in `logs/`: `alerts.ndjson` (every state change, notification decision and delivery
/// outcome) and `governance_loop.ndjson` (one line per governance pass). A log that cannot be written is
/// reported once on standard error; evaluation goes on.
final class DaemonLogs: Sendable {
    let alertsFile: NDJSONFile
    let governanceFile: NDJSONFile
    /// Every ops action asked for, done or refused (`audit.ndjson`).
    let auditFile: NDJSONFile
    private let failed = FailureLatch()

    init(directory: String, maximumBytes: Int, keep: Int) {
        alertsFile = NDJSONFile(path: "\(directory)/alerts.ndjson", maximumBytes: maximumBytes, keep: keep)
        governanceFile = NDJSONFile(
            path: "\(directory)/governance_loop.ndjson", maximumBytes: maximumBytes, keep: keep)
        auditFile = NDJSONFile(path: "\(directory)/audit.ndjson", maximumBytes: maximumBytes, keep: keep)
    }

    func alert(_ line: AlertLogLine) {
        write(line, to: alertsFile)
    }

    func governance(_ pass: GovernancePass) {
        write(GovernanceLogLine(pass), to: governanceFile)
    }

    func audit(_ entry: AuditEntry) {
        write(entry, to: auditFile)
    }

    /// The newest `limit` audit lines, oldest first; lines that do not parse are left out.
    func auditEntries(limit: Int) -> [AuditEntry] {
        guard limit > 0, let data = FileManager.default.contents(atPath: auditFile.path) else { return [] }
        let decoder = JSONDecoder()
        let lines = data.split(separator: UInt8(ascii: "\n")).suffix(limit)
        return lines.compactMap { try? decoder.decode(AuditEntry.self, from: Data($0)) }
    }

    private func write(_ line: some Encodable, to file: NDJSONFile) {
        do {
            try file.append(line)
        } catch {
            if failed.trip(file.path) {
                FileHandle.standardError.write(Data("governor: cannot write \(file.path): \(error)\n".utf8))
            }
        }
    }
}

/// Remembers which files already failed, so each failure is reported once.
private final class FailureLatch: @unchecked Sendable {
    private var tripped: Set<String> = []
    private let lock = NSLock()

    func trip(_ key: String) -> Bool {
        lock.withLock { tripped.insert(key).inserted }
    }
}
