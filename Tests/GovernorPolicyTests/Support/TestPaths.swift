import Foundation

/// Where the tests find their data: fixtures beside the tests, the package root, and the shared conformance corpus.
enum TestPaths {
    /// …/Tests/GovernorPolicyTests
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsDirectory.appendingPathComponent("Fixtures")
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/conformance/prometheus-v2.42.0` beside the package, unless GOVERNOR_CONFORMANCE_DIR says otherwise.
    static var conformance: URL {
        if let override = ProcessInfo.processInfo.environment["GOVERNOR_CONFORMANCE_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        let besidePackage = packageRoot.deletingLastPathComponent().appendingPathComponent(
            "shared/conformance/prometheus-v2.42.0")
        return besidePackage
    }

    static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    /// File names in a fixtures subdirectory with the given suffix, sorted.
    static func fixtureNames(in directory: String, suffix: String) -> [String] {
        let path = fixtures.appendingPathComponent(directory).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(suffix) }
            .sorted()
    }
}
