import Foundation
import GovernorQuery

/// Asks promtool 2.42 (the oracle) what an expression evaluates to, through `promtool test rules`.
///
/// promtool has no "just evaluate" command, so each case becomes a `promql_expr_test` that expects nothing: a
/// case that returns nothing passes, and any other answer is printed as the `got:` samples or the `err:` of a
/// failure, which is read back.
struct PromtoolOracle {
    let executable: String

    /// promtool on the PATH, if installed.
    static var installed: PromtoolOracle? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidate = path.split(separator: ":").map { "\($0)/promtool" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        return candidate.map { PromtoolOracle(executable: $0) }
    }

    enum Answer: Equatable, CustomStringConvertible {
        /// Samples sorted by labels, as promtool sorts them.
        case samples([Sample])
        case error(String)

        var description: String {
            switch self {
            case .samples(let samples): samples.map { "\($0.labels) \($0.value)" }.joined(separator: ", ")
            case .error(let message): "error: \(message)"
            }
        }
    }

    struct Sample: Equatable {
        var labels: String
        /// Compared by bit pattern, so NaN equals NaN and 0 differs from -0.
        var bits: UInt64
        var value: Double { Double(bitPattern: bits) }

        init(labels: String, value: Double) {
            self.labels = labels
            bits = value.bitPattern
        }
    }

    /// The answers to every eval line of a parity fixture, in order.
    func answers(for fixture: ParityFixture) throws -> [Answer] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("promtool-oracle-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("oracle.yml")
        try fixture.promtoolTestFile(ruleFile: "rules.yml").write(to: file, atomically: true, encoding: .utf8)
        try fixture.promtoolRuleFile().write(
            to: directory.appendingPathComponent("rules.yml"), atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["test", "rules", file.lastPathComponent]
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Self.answers(in: String(decoding: data, as: UTF8.self), cases: fixture.cases)
    }

    /// Reads promtool's failure report: `expr: "...", time: 1m, err: ...` or the `got:` line after the header.
    static func answers(in output: String, cases: [ParityFixture.Case]) -> [Answer] {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return cases.map { evalCase in
            // promtool prints the time as Go's model.Duration does: a zero time is `0s`, whatever its unit.
            let time = evalCase.timeText.allSatisfy { "0smhdwy".contains($0) } ? "0s" : evalCase.timeText
            let header = "    expr: \(GoQuote.string(evalCase.expression)), time: \(time),"
            guard let index = lines.firstIndex(where: { $0.hasPrefix(header) }) else { return .samples([]) }
            let rest = lines[index].dropFirst(header.count)
            if rest.hasPrefix(" err: ") { return .error(String(rest.dropFirst(" err: ".count))) }
            guard index + 2 < lines.count, let got = lines[index + 2].range(of: "got: ") else {
                return .error("unreadable promtool output: \(lines[index])")
            }
            return .samples(samples(in: lines[index + 2][got.upperBound...]))
        }
    }

    /// `{a="1"} 5E+00, {a="2"} 5E+00`: label sets (whose quoted values may hold anything) each followed by a value.
    static func samples(in text: Substring) -> [Sample] {
        var samples: [Sample] = []
        var rest = text
        while let open = rest.firstIndex(of: "{") {
            var index = rest.index(after: open)
            var inQuotes = false
            while index < rest.endIndex {
                let character = rest[index]
                if inQuotes, character == "\\" {
                    index = rest.index(index, offsetBy: 2, limitedBy: rest.endIndex) ?? rest.endIndex
                    continue
                }
                if character == "\"" { inQuotes.toggle() }
                if character == "}", !inQuotes { break }
                index = rest.index(after: index)
            }
            let labelsEnd = rest.index(after: index)
            let afterLabels = rest[labelsEnd...].drop { $0 == " " }
            let valueText = afterLabels.prefix { $0 != "," }
            samples.append(Sample(labels: String(rest[open..<labelsEnd]), value: Double(valueText) ?? .nan))
            rest = afterLabels.dropFirst(valueText.count)
        }
        return samples
    }
}

/// Go's `%q` for the ASCII expressions the fixtures hold: backslashes and double quotes escaped.
enum GoQuote {
    static func string(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
