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
        let alertPaths = alerts.map { [$0] } ?? (isExistingDirectory("alerts/") ? ["alerts/"] : [])
        let loaded = ConfigurationLoader.commandLine().load(policies: [policies], alerts: alertPaths)
        var failed = loaded.printErrors()
        var history: History?
        do {
            history = try HistoryReader.read(path: path)
        } catch {
            printError(error.description)
            failed = true
        }
        guard !failed, let policy = loaded.policy, let history else { throw ExitCode.failure }
        return ReplayInputs(policy: policy, alerting: loaded.alerting, history: history)
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
