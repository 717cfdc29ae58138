import ArgumentParser
import Foundation
import GovernorCore
import GovernorPolicy
import GovernorQuery
import GovernorRuntime

/// What `dry-run` and `explain` both load: the compiled policies, the routing configuration and the history.
struct ReplayInputs {
    var policy: CompiledPolicy
    var alerting: AlertingConfiguration?
    var history: History

    /// Loads everything, printing every error to standard error and failing when there is any: replaying through a
    /// half-read policy would print a wrong answer.
    static func load(history path: String, policies: String, alerts: String?) throws -> ReplayInputs {
        let loaded = PolicyLoader().load(paths: [policies])
        var failed = report(loaded.diagnostics)
        let policy = PolicyCompiler().compile(loaded.policySet)
        if !loaded.hasErrors { failed = report(policy.diagnostics) || failed }

        var alerting: AlertingConfiguration?
        if let directory = alerts ?? existingDirectory("alerts/") {
            let result = AlertingConfigLoader(environment: ProcessInfo.processInfo.environment).load(paths: [directory])
            failed = report(result.diagnostics) || failed
            alerting = result.configuration
        }

        var history: History?
        do {
            history = try HistoryReader.read(path: path)
        } catch {
            printError(error.description)
            failed = true
        }
        guard !failed, let history else { throw ExitCode.failure }
        return ReplayInputs(policy: policy, alerting: alerting, history: history)
    }

    /// Prints the errors (warnings do not stop a dry run, which sends nothing) and says whether there were any.
    private static func report(_ diagnostics: [Diagnostic]) -> Bool {
        let errors = diagnostics.filter { $0.severity == .error }
        for diagnostic in errors { printError(diagnostic.description) }
        return !errors.isEmpty
    }

    private static func existingDirectory(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? path : nil
    }
}

/// How replay output writes times and values.
enum ReplayText {
    /// RFC 3339 in UTC, with milliseconds only when there are any.
    static func time(_ timestamp: Timestamp) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions =
            timestamp % 1000 == 0 ? [.withInternetDateTime] : [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(timeIntervalSince1970: Double(timestamp) / 1000))
    }

    static func value(_ value: Double) -> String { PrometheusNumberFormat.string(value) }

    /// `--from`/`--to`/`--at` as `governor eval` reads `--at`.
    static func parseTime(_ text: String, option: String) throws -> Timestamp {
        guard let time = EvaluationTime.parse(text) else {
            throw ValidationError(
                "\(option) \(quotedLabelValue(text)) is not a time: use a duration from 0 such as 10m, Unix seconds "
                    + "such as 1700000000, or RFC 3339 such as 2023-11-14T22:13:20Z")
        }
        return time
    }
}
