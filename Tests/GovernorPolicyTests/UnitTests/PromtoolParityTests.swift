import Foundation
import GovernorCore
import GovernorPolicy
import Testing

/// Every file of the promtool conformance corpus, run live through `promtool test rules` (2.42, the oracle) and
/// through Governor: the same verdict, and for failing files the same failing groups, expressions, alerts and
/// rules at the same times.
@Suite struct PromtoolParityTests {
    static let directory = TestPaths.conformance.appendingPathComponent("promtool")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".yml") }
            .sorted()
    }

    static var promtool: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/promtool" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    @Test func corpusIsThere() {
        #expect(Self.files.count >= 10, "no promtool corpus at \(Self.directory.path)")
        #expect(Self.files.contains("unittest.yml") && Self.files.contains("failing.yml"))
    }

    @Test(arguments: files)
    func sameVerdictAndFailuresAsPromtool(file: String) throws {
        guard let promtool = Self.promtool else {
            Issue.record("promtool is not installed; install Debian's prometheus package (2.42) to run parity tests")
            return
        }
        let oracle = try Self.runPromtool(promtool, file: file)
        let loaded = UnitTestLoader().load(path: Self.directory.appendingPathComponent(file).path)
        let result =
            loaded.errors.isEmpty
            ? UnitTestRunner().run(loaded.file, ruleGroups: loaded.ruleGroups)
            : UnitTestFileResult(path: file, errors: loaded.errors)
        let governorText = result.text()

        #expect(result.passed == oracle.passed, "promtool said:\n\(oracle.output)\nGovernor said:\n\(governorText)")
        #expect(
            FailureKeys.of(governorText) == FailureKeys.of(oracle.output),
            "promtool said:\n\(oracle.output)\nGovernor said:\n\(governorText)")
        if !oracle.passed { #expect(!result.messages.isEmpty, "a failing file must say why") }
    }

    @Test func failingFileFailsTheWayPromtoolSays() throws {
        let loaded = UnitTestLoader().load(path: Self.directory.appendingPathComponent("failing.yml").path)
        let result = UnitTestRunner().run(loaded.file, ruleGroups: loaded.ruleGroups)
        // From promtool 2.42's output for failing.yml.
        #expect(
            FailureKeys.of(result.text()) == [
                "alertname: AlwaysFiring, time: 5m", "alertname: InstanceDown, time: 5m", "alertname: Test, time: 0s",
                "expr: \"test\", time: 0s", "name: Failing alert test,", "name: Failing alert test,",
                "name: Failing test,",
            ])
    }

    static func runPromtool(_ promtool: String, file: String) throws -> (passed: Bool, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: promtool)
        process.arguments = ["test", "rules", file]
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus == 0, String(decoding: data, as: UTF8.self))
    }
}

/// The identities of the failures in promtool-format output: `name:` lines, and each expression, alert or
/// rule with its time, sorted (promtool writes stdout and stderr separately, so their order is not compared).
enum FailureKeys {
    static func of(_ text: String) -> [String] {
        var keys: [String] = []
        for line in text.split(separator: "\n") {
            guard line.hasPrefix("    "), !line.hasPrefix("     ") else { continue }
            let body = line.dropFirst(4)
            if body.hasPrefix("name: ") {
                keys.append(String(body))
            } else if body.hasPrefix("expr: ") || body.hasPrefix("alertname: ") || body.hasPrefix("rule: "),
                let time = body.range(of: ", time: ")
            {
                let rest = body[time.upperBound...]
                let end = rest.firstIndex(of: ",") ?? rest.endIndex
                keys.append(String(body[..<time.lowerBound]) + ", time: " + rest[..<end])
            }
        }
        return keys.sorted()
    }
}
