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
        let (inputs, problems) = read(paths: paths)
        var result = load(inputs)
        result.diagnostics = (problems + result.diagnostics).sortedByLocation()
        return result
    }

    /// Reads the files `paths` name (directories searched as for policies), turning each missing or unreadable one
    /// into a diagnostic at its first line.
    func read(paths: [String]) -> (inputs: [SourceInput], diagnostics: [Diagnostic]) {
        let (files, missing) = PolicyFileFinder.files(in: paths)
        var inputs: [SourceInput] = []
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
        return (inputs, diagnostics)
    }

    public func load(text: String, file: String) -> AlertingLoadResult {
        load([(file, text)])
    }

    func load(_ inputs: [SourceInput]) -> AlertingLoadResult {
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
        var result = AlertingLoadResult(
            configuration: configuration, diagnostics: diagnostics.sortedByLocation(), files: inputs.count)
        result.receivers = parts.receivers.count
        result.inhibitRules = parts.inhibitRules.count
        result.silences = parts.silences.count
        return result
    }
}
