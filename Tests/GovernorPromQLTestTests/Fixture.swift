import Foundation

/// Test data files live next to the tests, under Fixtures/.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// Names (without extension) of the malformed scripts, each paired with a `.message` file.
    static func badScriptNames() -> [String] {
        let bad = directory.appendingPathComponent("bad")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: bad.path)) ?? []
        return names.filter { $0.hasSuffix(".test") }.map { String($0.dropLast(".test".count)) }.sorted()
    }
}
