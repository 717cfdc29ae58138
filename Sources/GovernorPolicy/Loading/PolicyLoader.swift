import Dispatch
import Foundation
public import GovernorCore
import Synchronization

/// Loads policy files (Prometheus rule files, Sloth specs and Governor documents) into one validated
/// `PolicySet`, reporting every problem with its file, line and column.
///
/// `load(paths:)` reads files; `load(text:file:)` is pure, for tests and for editors that hold unsaved text.
public struct PolicyLoader: Sendable {
    public init() {}

    public func load(paths: [String]) -> LoadResult {
        let (files, missing) = PolicyFileFinder.files(in: paths)
        let (inputs, problems) = Self.read(files: files, missing: missing)
        var result = load(inputs)
        result.diagnostics = (problems + result.diagnostics).sortedByLocation()
        return result
    }

    /// Reads `files`, turning each missing or unreadable one into a diagnostic at its first line.
    static func read(files: [String], missing: [String]) -> (inputs: [SourceInput], diagnostics: [Diagnostic]) {
        // Opening, reading and checking a thousand files one after another was a tenth of `check`'s wall time, with
        // the second core idle; the results keep the files' order.
        let results = Mutex<[FileRead?]>(Array(repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let result = readOne(files[index])
            results.withLock { $0[index] = result }
        }
        var inputs: [SourceInput] = []
        var diagnostics = missing.map {
            Diagnostic.error(at: SourceLocation(file: $0, line: 1, column: 1), "no such file or directory")
        }
        for result in results.withLock({ $0 }) {
            switch result {
            case .text(let input): inputs.append(input)
            case .problem(let problem): diagnostics.append(problem)
            case nil: break
            }
        }
        return (inputs, diagnostics)
    }

    private static func readOne(_ file: String) -> FileRead {
        guard let data = FileManager.default.contents(atPath: file) else {
            return .problem(.error(at: SourceLocation(file: file, line: 1, column: 1), "could not read file"))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .problem(.error(at: SourceLocation(file: file, line: 1, column: 1), "file is not valid UTF-8 text"))
        }
        return .text((file, text))
    }

    public func load(text: String, file: String) -> LoadResult {
        load([(file, text)])
    }

    func load(_ inputs: [SourceInput]) -> LoadResult {
        // Files are read independently, so they are read in parallel; merging keeps the files' order.
        let contributions = Mutex<[FileContribution?]>(Array(repeating: nil, count: inputs.count))
        let templates = CheckedTemplates()
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            var reader = PolicyFileReader(file: inputs[index].file, text: inputs[index].text, templates: templates)
            reader.readAll(inputs[index].text)
            let contribution = FileContribution(
                policySet: reader.policySet, diagnostics: reader.diagnostics, documents: reader.documents,
                governanceLocations: reader.governanceLocations)
            contributions.withLock { $0[index] = contribution }
        }
        var policySet = PolicySet()
        var diagnostics: [Diagnostic] = []
        var documents = 0
        var governanceLocations: [SourceLocation] = []
        for contribution in contributions.withLock({ $0 }).compactMap({ $0 }) {
            diagnostics += contribution.diagnostics
            documents += contribution.documents
            governanceLocations += contribution.governanceLocations
            policySet.merge(contribution.policySet)
        }
        diagnostics += PolicySetValidator(policySet: policySet).diagnostics(governanceLocations: governanceLocations)
        return LoadResult(
            policySet: policySet, diagnostics: diagnostics.sortedByLocation(), files: inputs.count,
            documents: documents)
    }
}

/// One file's path and text, as read.
typealias SourceInput = (file: String, text: String)

/// One file as read: its text, or why it could not be read.
private enum FileRead {
    case text(SourceInput)
    case problem(Diagnostic)
}

/// What one file adds to the policy set.
private struct FileContribution: Sendable {
    var policySet: PolicySet
    var diagnostics: [Diagnostic]
    var documents: Int
    var governanceLocations: [SourceLocation]
}

extension PolicySet {
    /// Adds another file's contributions; single sections (compliance, breach, health) keep the last one read.
    fileprivate mutating func merge(_ other: PolicySet) {
        groups += other.groups
        objectives += other.objectives
        compliance = other.compliance ?? compliance
        breach = other.breach ?? breach
        health = other.health ?? health
        forecasts += other.forecasts
        sourceSeries.formUnion(other.sourceSeries)
        sources.host = other.sources.host ?? sources.host
        sources.scrapes += other.sources.scrapes
        sources.tails += other.sources.tails
        sources.simulator = other.sources.simulator ?? sources.simulator
    }
}
