import Foundation
import GovernorTestSupport

/// Debian's `amtool` (from `prometheus-alertmanager`), pointed at a daemon and sending its dashboard key as a bearer
/// token through `--http.config.file`. A missing binary fails the test: it is the oracle.
struct Amtool {
    static let binary = "/usr/bin/amtool"

    let url: String
    /// The HTTP client configuration file; nil sends no credentials.
    let httpConfig: URL?

    /// Writes an HTTP configuration with `key` as the bearer credentials into `directory`.
    init(port: Int, key: String?, directory: URL) throws {
        url = "http://127.0.0.1:\(port)"
        guard let key else {
            httpConfig = nil
            return
        }
        let file = directory.appendingPathComponent("amtool-http.yml")
        try "authorization:\n  type: Bearer\n  credentials: \(key)\n".write(to: file, atomically: true, encoding: .utf8)
        httpConfig = file
    }

    /// Runs amtool to completion without blocking a thread of the test's executor (the daemon answers on it).
    func run(_ arguments: [String]) async throws -> (status: Int32, output: String, errors: String) {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw ServerError("\(Self.binary) is missing: apt-get install prometheus-alertmanager")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        var options = ["--alertmanager.url=\(url)", "--timeout=10s"]
        if let httpConfig { options.append("--http.config.file=\(httpConfig.path)") }
        process.arguments = options + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        while process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        let text = { (pipe: Pipe) in
            String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
        return (process.terminationStatus, text(output), text(errors))
    }
}
