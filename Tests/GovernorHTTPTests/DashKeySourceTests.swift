import Foundation
import GovernorHTTP
import Testing

@Suite struct DashKeySourceTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("governor-key-\(UUID())")

    @Test func theEnvironmentWinsAndAnEmptyOneIsAnError() throws {
        let source = DashKeySource(
            environment: ["GOVERNOR_DASH_KEY": "abc"], keyFile: "/nonexistent", generatedKeyFile: "/nonexistent")
        let resolved = try source.resolve()
        #expect(resolved.key.matches("abc".utf8))
        #expect(resolved.origin == "from GOVERNOR_DASH_KEY")
        #expect(throws: HTTPSetupError.self) {
            try DashKeySource(environment: ["GOVERNOR_DASH_KEY": " "], keyFile: nil, generatedKeyFile: "/x").resolve()
        }
    }

    @Test func aKeyFileIsReadAndAMissingOneIsAnError() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("key").path
        try "s3cret\n".write(toFile: file, atomically: true, encoding: .utf8)
        let resolved = try DashKeySource(environment: [:], keyFile: file, generatedKeyFile: "/x").resolve()
        #expect(resolved.key.matches("s3cret".utf8))
        #expect(!resolved.origin.contains("s3cret"))
        let error = #expect(throws: HTTPSetupError.self) {
            try DashKeySource(environment: [:], keyFile: file + ".missing", generatedKeyFile: "/x").resolve()
        }
        #expect(error?.description == "cannot read the dashboard key file \(file).missing")
    }

    @Test func aGeneratedKeyIsPrivateStableAndNeverInItsOrigin() throws {
        let file = directory.appendingPathComponent("state/dash.key").path
        let first = try DashKeySource(environment: [:], keyFile: nil, generatedKeyFile: file).resolve()
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(text.count == 64)
        #expect(first.key.matches(text.utf8))
        #expect(!first.origin.contains(text))
        #expect(!"\(first.key)".contains(text))
        let second = try DashKeySource(environment: [:], keyFile: nil, generatedKeyFile: file).resolve()
        #expect(second.key.matches(text.utf8))
    }

    @Test func keysDifferingAnywhereOrInLengthDoNotMatch() throws {
        let key = try #require(DashKey("abcdef"))
        #expect(key.matches("abcdef".utf8))
        for wrong in ["abcdeF", "Abcdef", "abcde", "abcdefg", "", "abcdef\0"] {
            #expect(!key.matches(wrong.utf8), "\(wrong)")
        }
    }
}
