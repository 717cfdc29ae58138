import Foundation

/// Debian's headless Chromium and Node (which speaks the DevTools protocol for the dashboard test), as the browser
/// tests use them; `.build/artifacts/` keeps their screenshots.
enum Chromium {
    static let executable = "/usr/bin/chromium"
    static var available: Bool { FileManager.default.isExecutableFile(atPath: executable) }

    static var artifacts: URL {
        let url = GovernorBinary.packageRoot.appendingPathComponent(".build/artifacts")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs Chromium once on `url` and returns the DOM after its scripts ran (`--dump-dom`); with `screenshot`,
    /// also saves a PNG of the page at `size`.
    static func dumpDOM(_ url: URL, screenshot: URL? = nil, size: String = "1280,900") throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        var arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)",
            "--virtual-time-budget=2000", "--window-size=\(size)", "--no-first-run",
        ]
        if let screenshot {
            let shot = try run(arguments + ["--screenshot=\(screenshot.path)", url.absoluteString])
            guard shot.status == 0 else { throw BrowserError("chromium --screenshot failed: \(shot.error)") }
        }
        arguments.append("--dump-dom")
        let outcome = try run(arguments + [url.absoluteString])
        guard outcome.status == 0 else { throw BrowserError("chromium --dump-dom failed: \(outcome.error)") }
        return outcome.output
    }

    /// Runs a program to its end; standard error goes to a file, so neither stream can fill a pipe and block it.
    static func run(_ arguments: [String], executable: String = Chromium.executable) throws -> (
        status: Int32, output: String, error: String
    ) {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let error = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(error.suffix(2_000)))
    }
}

struct BrowserError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
