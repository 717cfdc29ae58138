import Foundation

/// Where the alert loading tests find their data files.
enum AlertsFixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    static func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }

    static func names(in subdirectory: String, suffix: String) -> [String] {
        let path = directory.appendingPathComponent(subdirectory).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(suffix) }
            .sorted()
    }
}
