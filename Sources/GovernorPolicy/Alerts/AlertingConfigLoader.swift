import Foundation
import GovernorCore

/// Loads `alerts/`: Alertmanager configuration files, accepted unchanged, plus Governor's own receivers and
/// `kind: Silences` documents, reporting every problem with its file, line and column.
///
/// `environment` resolves `${env:NAME}` in settings that are not secret and checks that secrets' variables are
/// set; it is a parameter so that loading stays testable.
public struct AlertingConfigLoader: Sendable {
    public var environment: [String: String]

    public init(environment: [String: String] = [:]) {
        self.environment = environment
    }

    public func load(paths: [String]) -> AlertingLoadResult {
        let (files, missing) = PolicyFileFinder.files(in: paths)
        var inputs: [(file: String, text: String)] = []
        var diagnostics = missing.map {
            Diagnostic.error(at: SourceLocation(file: $0, line: 1, column: 1), "no such file or directory")
        }
        for file in files {
            do {
                inputs.append((file, try String(contentsOfFile: file, encoding: .utf8)))
            } catch {
                diagnostics.append(
                    .error(
                        at: SourceLocation(file: file, line: 1, column: 1),
                        "could not read file: \(error.localizedDescription)"))
            }
        }
        var result = load(inputs)
        result.diagnostics = (diagnostics + result.diagnostics).sortedByLocation()
        return result
    }

    public func load(text: String, file: String) -> AlertingLoadResult {
        load([(file, text)])
    }

    private func load(_ inputs: [(file: String, text: String)]) -> AlertingLoadResult {
        var parts = AlertingConfigurationParts()
        var diagnostics: [Diagnostic] = []
        for input in inputs {
            var reader = AlertsFileReader(file: input.file, text: input.text, environment: environment)
            reader.readAll(input.text)
            if let first = parts.rootLocation, let second = reader.parts.rootLocation {
                diagnostics.append(
                    .error(at: second, "a second routing tree; the first is at \(first)", hint: "keep one 'route:'"))
            }
            diagnostics += reader.diagnostics
            parts.merge(reader.parts)
        }
        diagnostics += AlertingConfigValidator(parts: parts).diagnostics()
        var configuration: AlertingConfiguration?
        if let root = parts.root {
            configuration = AlertingConfiguration(
                route: Route(root), receivers: parts.receivers, inhibitRules: parts.inhibitRules,
                timeIntervals: Dictionary(parts.timeIntervals.map { ($0.name, $0.intervals) }) { first, _ in first },
                silences: parts.silences, templates: parts.templates)
        } else if parts.rootLocation == nil && !inputs.isEmpty {
            let location = SourceLocation(file: inputs[0].file, line: 1, column: 1)
            diagnostics.append(.error(at: location, "no routing tree: one file in alerts/ needs 'route:'"))
        }
        return AlertingLoadResult(
            configuration: configuration, diagnostics: diagnostics.sortedByLocation(), files: inputs.count)
    }
}
