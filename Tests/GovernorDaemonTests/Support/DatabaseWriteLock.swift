import Foundation
import GRDB
import Synchronization

/// Another connection holding the write lock of a state file, past the daemon's busy timeout (5 s), so every write
/// the daemon tries meanwhile fails as it would on a locked or unwritable database.
enum DatabaseWriteLock {
    /// Runs `body` while the lock is held, then releases it and waits until it is free.
    static func holding<Result>(on path: String, _ body: () async throws -> Result) async throws -> Result {
        let blocker = try DatabaseQueue(path: path)
        let locked = Mutex(false)
        let release = Mutex(false)
        let holder = Thread {
            try? blocker.inTransaction(.exclusive) { _ in
                locked.withLock { $0 = true }
                while !release.withLock({ $0 }) { Thread.sleep(forTimeInterval: 0.05) }
                return .rollback
            }
        }
        holder.start()
        while !locked.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(10)) }
        defer { release.withLock { $0 = true } }
        let result = try await body()
        release.withLock { $0 = true }
        while holder.isExecuting { try await Task.sleep(for: .milliseconds(50)) }
        return result
    }
}
