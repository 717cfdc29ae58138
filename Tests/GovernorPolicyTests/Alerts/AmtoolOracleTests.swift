import Foundation
import GovernorCore
import GovernorPolicy
import GovernorQuery
import Testing

/// Governor must route exactly as Alertmanager: for every fixture config and label set, the receivers (names
/// and order) must equal what `amtool config routes test` prints, run live.
@Suite struct AmtoolOracleTests {
    static let amtool = ["/usr/bin/amtool", "/usr/local/bin/amtool"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var config: String
        var labels: [String]
        var testDescription: String { "\(config): \(labels.joined(separator: " "))" }
    }

    static var cases: [Case] {
        AlertsFixture.names(in: "oracle", suffix: ".yml").flatMap { config -> [Case] in
            let casesName = "oracle/" + config.dropLast(4) + ".cases"
            let lines =
                (try? AlertsFixture.text(casesName))?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
            return lines.dropLast(lines.last == "" ? 1 : 0).filter { !$0.hasPrefix("#") }.map { line in
                Case(config: config, labels: line.split(separator: " ").map(String.init))
            }
        }
    }

    @Test(
        .enabled(if: amtool != nil, "amtool is not installed (Debian: apt-get install prometheus-alertmanager)"),
        arguments: cases)
    func governorRoutesLikeAmtool(testCase: Case) throws {
        let path = AlertsFixture.url("oracle/\(testCase.config)").path
        let expected = try runAmtool(["config", "routes", "test", "--config.file=\(path)"] + testCase.labels)
        let result = AlertingConfigLoader().load(paths: [path])
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let configuration = try #require(result.configuration)
        var labels: [String: String] = [:]
        for text in testCase.labels {
            let matcher = try AlertmanagerMatchers.parse(text)
            labels[matcher.name] = matcher.value
        }
        let receivers = configuration.route.matches(Labels(labels)).map(\.receiver).joined(separator: ",")
        #expect(receivers == expected)
    }

    @Test func thereAreOracleCasesForEveryFixture() {
        #expect(Set(Self.cases.map(\.config)).count == AlertsFixture.names(in: "oracle", suffix: ".yml").count)
        #expect(Self.cases.count >= 25)
    }

    /// amtool's first line of standard output.
    private func runAmtool(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.amtool!)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .first.map(String.init) ?? ""
    }
}
