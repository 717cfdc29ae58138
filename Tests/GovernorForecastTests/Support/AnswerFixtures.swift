import Foundation
import GovernorForecast

/// `Fixtures/answers/NAME.answer` is what a model answers; `NAME.expected` is the verdict it must get:
/// `validated: RISK [component hours]…` or `rejected: reason`.
enum AnswerFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/answers")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".answer") }.map { String($0.dropLast(".answer".count)) }.sorted()
    }

    static func answer(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent("\(name).answer"), encoding: .utf8)
    }

    static func expected(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent("\(name).expected"), encoding: .utf8)
            .trimmingCharacters(in: .newlines)
    }

    /// The verdict in the fixtures' words.
    static func verdict(_ forecast: Forecast) -> String {
        (["validated: \(forecast.risk.name)"]
            + forecast.failures.map { "\($0.component) \($0.withinHours.map { "\($0)" } ?? "-")" })
            .joined(separator: " ")
    }
}
