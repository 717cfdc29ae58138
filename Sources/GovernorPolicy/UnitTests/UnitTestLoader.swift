import Foundation
public import GovernorCore

/// A unit-test file ready to run: the file, the rule groups its rule files compile to, and the problems that
/// stop it from running at all.
public struct LoadedUnitTestFile: Sendable {
    public var file: UnitTestFile
    public var ruleGroups: [RuleGroupDefinition]
    /// Problems with the test file or its rule files; when present the file fails without running.
    public var errors: [String]
    /// Rule file patterns that matched nothing (promtool warns and goes on).
    public var warnings: [String]

    public init(file: UnitTestFile, ruleGroups: [RuleGroupDefinition], errors: [String], warnings: [String]) {
        self.file = file
        self.ruleGroups = ruleGroups
        self.errors = errors
        self.warnings = warnings
    }
}

/// Reads a unit-test file and loads its `rule_files` (relative to the test file, globs allowed) with the policy
/// loader and compiler, so Prometheus rule files, Sloth specs and Governor documents all work.
public struct UnitTestLoader: Sendable {
    public init() {}

    public func load(path: String) -> LoadedUnitTestFile {
        let empty = UnitTestFile(path: path)
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let reason =
                FileManager.default.fileExists(atPath: path) ? "could not read file" : "no such file or directory"
            return LoadedUnitTestFile(file: empty, ruleGroups: [], errors: ["open \(path): \(reason)"], warnings: [])
        }
        return load(text: text, path: path)
    }

    /// Reads `text` as the test file at `path`; rule files are still read from disk, relative to `path`.
    public func load(text: String, path: String) -> LoadedUnitTestFile {
        var reader = UnitTestFileReader(file: path, text: text)
        let file = reader.read(text)
        let errors = reader.diagnostics.filter { $0.severity == .error }.map(\.description)
        guard var file, errors.isEmpty else {
            return LoadedUnitTestFile(
                file: file ?? UnitTestFile(path: path), ruleGroups: [], errors: errors, warnings: [])
        }
        let (alerting, alertingErrors) = alertingConfiguration(paths: reader.alertingConfigPaths, for: file)
        guard alertingErrors.isEmpty else {
            return LoadedUnitTestFile(file: file, ruleGroups: [], errors: alertingErrors, warnings: [])
        }
        file.alertingConfiguration = alerting
        let base = (path as NSString).deletingLastPathComponent
        var ruleFiles: [String] = []
        var warnings: [String] = []
        for pattern in reader.ruleFiles where !pattern.isEmpty {
            let resolved = pattern.hasPrefix("/") || base.isEmpty ? pattern : "\(base)/\(pattern)"
            let matches = RuleFileGlob.matches(resolved)
            if matches.isEmpty { warnings.append("no file match pattern \(resolved)") }
            ruleFiles += matches
        }
        guard !ruleFiles.isEmpty else {
            return LoadedUnitTestFile(file: file, ruleGroups: [], errors: [], warnings: warnings)
        }
        let loaded = PolicyLoader().load(paths: ruleFiles)
        if loaded.hasErrors {
            let messages = loaded.diagnostics.filter { $0.severity == .error }.map(\.description)
            return LoadedUnitTestFile(file: file, ruleGroups: [], errors: messages, warnings: warnings)
        }
        // Only what promtool's rule loading rejects stops a test. The compiler's stricter checks (an alert on a
        // scalar, duplicate or undefined series) are `governor check`'s business: promtool runs such files.
        let compiled = PolicyCompiler(defaultInterval: file.evaluationInterval).compile(loaded.policySet)
        return LoadedUnitTestFile(file: file, ruleGroups: compiled.groups, errors: [], warnings: warnings)
    }
}
