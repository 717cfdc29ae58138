import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The console's `console_history`, beside the state file. It holds the admin requests typed at the prompt (alert
/// names, silences, groups paused), so like a shell's history it is readable by its owner only: mode 0600, and an
/// older file with wider permissions is narrowed when the console opens it.
struct ConsoleHistoryFile {
    static let mode: mode_t = 0o600
    /// How many requests are kept; older ones are dropped when the file is written.
    static let limit = 500

    let path: String

    init(beside state: String) {
        path = URL(fileURLWithPath: state).deletingLastPathComponent().appendingPathComponent("console_history").path
    }

    /// The kept requests, oldest first; narrows the file's mode first, so a file an older version left readable to
    /// others is not left so.
    func load() -> [String] {
        chmod(path, Self.mode)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).suffix(Self.limit)
    }

    /// Replaces the file at once: the requests go into a new file created with mode 0600 before any byte is written,
    /// which is then renamed over the old one, so the history is never readable by others, not even for a moment,
    /// and never half written. A history that cannot be saved is not worth stopping the console for.
    func save(_ history: [String]) {
        let text = history.suffix(Self.limit).joined(separator: "\n") + "\n"
        try? FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, Self.mode)
        guard descriptor >= 0 else { return }
        // O_CREAT's mode applies to a new file only; one left over by a crashed run is narrowed here.
        fchmod(descriptor, Self.mode)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        } catch {
            unlink(temporary)
            return
        }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}
