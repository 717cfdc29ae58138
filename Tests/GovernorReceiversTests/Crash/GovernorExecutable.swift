import Foundation
import GovernorTestSupport

/// The `governor` executable of the same build (CI runs `swift build` before `swift test`).
enum GovernorExecutable {
    static var url: URL? {
        let candidates = [
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.executableURL?.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        return candidates.compactMap { $0?.appendingPathComponent("governor") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func start(_ arguments: [String]) throws -> Process {
        guard let url else { throw ServerError("governor was not built next to the tests; run `swift build` first") }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs to completion and returns the exit status.
    static func run(_ arguments: [String]) throws -> Int32 {
        let process = try start(arguments)
        process.waitUntilExit()
        return process.terminationStatus
    }
}
