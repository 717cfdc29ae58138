import Foundation
import GovernorCore
import GovernorPolicy
import Testing

/// Each `Fixtures/diagnostics/NAME.bad.yaml` must produce exactly the diagnostics in `NAME.expected`:
/// every diagnostic kind, with its text, hint and position.
@Suite struct DiagnosticFixtureTests {
    static let cases = TestPaths.fixtureNames(in: "diagnostics", suffix: ".bad.yaml")

    @Test func everyBadFixtureHasExpectations() throws {
        #expect(Self.cases.count >= 19)
        for name in Self.cases {
            let expected = name.replacingOccurrences(of: ".bad.yaml", with: ".expected")
            #expect(
                FileManager.default.fileExists(
                    atPath: TestPaths.fixtures.appendingPathComponent("diagnostics/\(expected)").path),
                "\(name) has no \(expected)")
        }
    }

    @Test(arguments: cases)
    func producesExactlyTheExpectedDiagnostics(name: String) throws {
        let directory = TestPaths.fixtures.appendingPathComponent("diagnostics")
        let text = try TestPaths.text(directory.appendingPathComponent(name))
        let expected = try TestPaths.text(
            directory.appendingPathComponent(name.replacingOccurrences(of: ".bad.yaml", with: ".expected")))
        let result = PolicyLoader().load(text: text, file: name)
        let actual = result.diagnostics.map(\.withoutFile).joined(separator: "\n")
        #expect(actual == expected.trimmingCharacters(in: .newlines))
        #expect(result.diagnostics.allSatisfy { $0.location.file == name })
    }
}
