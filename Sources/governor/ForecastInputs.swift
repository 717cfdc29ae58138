import ArgumentParser
import Foundation
import GovernorCore
import GovernorPolicy

/// What `governor forecast` loads before it runs: the compiled policies and the forecasts they declare.
struct ForecastInputs {
    var policy: CompiledPolicy
    var forecasts: [ForecastDeclaration]
    var environment: [String: String]
    /// Where a pass without --history collects from.
    var sources: SourceDeclarations

    /// Whether the forecast's language model will be asked: it has one, and its key is set.
    func asksModel(_ declaration: ForecastDeclaration) -> Bool {
        guard let settings = declaration.languageModel else { return false }
        return !(environment[settings.apiKeyVariable] ?? "").isEmpty
    }

    /// Prints every error to standard error and fails when there is any, or when there is nothing to forecast.
    static func load(policies: String, only name: String?) throws -> ForecastInputs {
        let loaded = ConfigurationLoader.commandLine().load(policies: [policies], alerts: [])
        guard !loaded.printErrors(), let policy = loaded.policy else { throw ExitCode.failure }
        var forecasts = loaded.policySet.forecasts
        if let name {
            forecasts = forecasts.filter { $0.name == name }
            if forecasts.isEmpty {
                let names = loaded.policySet.forecasts.map(\.name)
                printError(
                    "error: no forecast named \(name) in \(policies)"
                        + (EditDistance.hint(for: name, among: names).map { "; \($0)" } ?? ""))
                throw ExitCode.failure
            }
        }
        if forecasts.isEmpty {
            printError("error: \(policies) declares no forecast (kind: Forecasts); see docs/policy-reference.md")
            throw ExitCode.failure
        }
        return ForecastInputs(
            policy: policy, forecasts: forecasts, environment: ProcessInfo.processInfo.environment,
            sources: loaded.sources)
    }
}
