import Foundation
import Testing

/// `console_history` holds the admin requests typed at the prompt, so only its owner may read it: the REPL creates
/// it with mode 0600 and narrows one an older version left wider. No daemon is needed; the console runs offline.
@Suite struct ConsoleHistoryFileTests {
    /// An empty state directory of its own, and the history file the console keeps in it.
    struct Workspace {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "governor-console-history-\(UUID().uuidString)")
        var state: URL { directory.appendingPathComponent("state.sqlite") }
        var history: URL { directory.appendingPathComponent("console_history") }

        init() throws {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }

        /// The REPL on a pipe, offline: nothing listens on port 1 of the loopback address.
        func runREPL(typing input: String) throws -> (status: Int32, output: String) {
            guard let executable = GovernorBinary.executable else { throw GovernorBinary.MissingBinary() }
            let process = Process()
            process.executableURL = executable
            process.arguments = [
                "console", "--url", "http://127.0.0.1:1", "--state", state.path, "--logs",
                directory.appendingPathComponent("logs").path,
            ]
            process.environment = ProcessInfo.processInfo.environment.merging(["GOVERNOR_DASH_KEY": "history-test"]) {
                _, new in new
            }
            let stdin = Pipe()
            let output = Pipe()
            process.standardInput = stdin
            process.standardOutput = output
            process.standardError = output
            try process.run()
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, text)
        }

        /// The file's permission bits, as `ls -l` shows them in octal.
        func historyMode() throws -> Int {
            let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
            return try #require((attributes[.posixPermissions] as? NSNumber)?.intValue) & 0o777
        }
    }

    @Test func aNewHistoryIsCreatedReadableByItsOwnerOnly() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let run = try workspace.runREPL(typing: "help\nquit\n")
        #expect(run.status == 0, "\(run.output)")
        #expect(FileManager.default.fileExists(atPath: workspace.history.path))
        #expect(try workspace.historyMode() == 0o600)
    }

    @Test func anOlderHistoryReadableByOthersIsNarrowedAndKept() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try "show system status\nsilence PaymentsDown for 2h\n".write(
            to: workspace.history, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: workspace.history.path)
        #expect(try workspace.historyMode() == 0o644)

        let run = try workspace.runREPL(typing: "help\nquit\n")
        #expect(run.status == 0, "\(run.output)")
        #expect(try workspace.historyMode() == 0o600)
        let kept = try String(contentsOf: workspace.history, encoding: .utf8)
        #expect(kept == "show system status\nsilence PaymentsDown for 2h\n")
    }
}
