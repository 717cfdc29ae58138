import ArgumentParser
import Foundation
import GovernorCore
import GovernorPolicy

extension RoutesCommand {
    /// Loads `paths`, printing errors to standard error and failing when there are any: routing a label set
    /// through a half-read tree would give a wrong answer.
    static func loadConfiguration(_ paths: [String]) throws -> AlertingConfiguration {
        let result = AlertingConfigLoader(environment: ProcessInfo.processInfo.environment).load(paths: paths)
        for diagnostic in result.diagnostics where diagnostic.severity == .error { printError(diagnostic.description) }
        guard !result.hasErrors, let configuration = result.configuration else { throw ExitCode.failure }
        return configuration
    }

    /// What `governor check` adds for `alerts/` when that directory exists (nothing otherwise).
    static func checkDiagnostics(directory: String = "alerts/") -> [Diagnostic] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
        else { return [] }
        return AlertingConfigLoader(environment: ProcessInfo.processInfo.environment).load(paths: [directory])
            .diagnostics
    }
}
