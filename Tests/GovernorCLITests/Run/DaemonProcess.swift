import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A `governor` child process left running, for tests that signal or kill it. Its output goes to a file, so a
/// killed process never leaves a pipe half read.
final class DaemonProcess {
    let process = Process()
    let outputFile: URL

    init(_ arguments: [String], environment: [String: String], output: URL) throws {
        guard let executable = GovernorBinary.executable else { throw GovernorBinary.MissingBinary() }
        outputFile = output
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        handle.seekToEndOfFile()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = GovernorBinary.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    func kill(_ signal: Int32 = SIGKILL) {
        Glibc.kill(process.processIdentifier, signal)
    }

    /// Waits for the process to end, at most `seconds`; kills it if it does not.
    @discardableResult
    func wait(atMost seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill()
            process.waitUntilExit()
            return nil
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    var output: String { (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "" }
}
