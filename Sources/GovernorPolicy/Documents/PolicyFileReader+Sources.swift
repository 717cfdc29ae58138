import Foundation
import GovernorCore
import GovernorQuery

/// `kind: Sources`: the series that come from outside (`series:`), and the sources the daemon collects them from
/// (`host`, `scrape`, `tail`, `simulator`).
extension PolicyFileReader {
    static let sourcesDocumentFields = ["kind", "series", "host", "scrape", "tail", "simulator"]

    mutating func readSourcesDocument(_ document: YAMLNode) {
        guard let fields = fields(of: document, "Sources document", known: Self.sourcesDocumentFields) else { return }
        if fields.entries.allSatisfy({ $0.key == "kind" }) {
            error(document, "a Sources document needs 'series' or at least one source (host, scrape, tail, simulator)")
        }
        for (name, node) in stringList(fields["series"], field: "series") {
            if PrometheusNames.isValidMetricName(name) {
                policySet.sourceSeries.insert(name)
            } else {
                error(node, "invalid metric name: \(name)")
            }
        }
        if let node = fields["host"], let host = readHostSource(node) {
            reportRepeated("host", at: node, first: policySet.sources.host?.location)
            policySet.sources.host = policySet.sources.host ?? host
        }
        for node in list(fields["scrape"], field: "scrape") {
            if let job = readScrapeJob(node) { policySet.sources.scrapes.append(job) }
        }
        for node in list(fields["tail"], field: "tail") {
            if let tail = readTail(node) {
                policySet.sources.tails.append(tail)
                policySet.sourceSeries.insert(tail.metric)
            }
        }
        if let node = fields["simulator"], let simulator = readSimulator(node) {
            reportRepeated("simulator", at: node, first: policySet.sources.simulator?.location)
            policySet.sources.simulator = policySet.sources.simulator ?? simulator
        }
    }

    /// A section that may appear once per file, seen again in a later document of the same file.
    private mutating func reportRepeated(_ section: String, at node: YAMLNode, first: SourceLocation?) {
        guard let first else { return }
        error(node, "more than one \(section) section", hint: "the first one is at \(first.line):\(first.column)")
    }

    private mutating func readHostSource(_ node: YAMLNode) -> HostSourceDeclaration? {
        guard let fields = fields(of: node, "host source", known: ["interval", "proc_root"]) else { return nil }
        let interval = positiveDuration(fields["interval"], field: "interval")
        var procRoot = HostSourceDeclaration.defaultProcRoot
        if let rootNode = fields["proc_root"], let root = string(rootNode, field: "proc_root") {
            if root.hasPrefix("/") {
                procRoot = root
            } else {
                error(rootNode, "proc_root must be an absolute path, found '\(root)'", hint: "for example /host/proc")
            }
        }
        if fields.has("interval") && interval == nil { return nil }
        return HostSourceDeclaration(
            interval: interval ?? HostSourceDeclaration.defaultInterval, procRoot: procRoot,
            location: location(of: node))
    }

    private mutating func readSimulator(_ node: YAMLNode) -> SimulatorDeclaration? {
        guard
            let fields = fields(
                of: node, "simulator", known: ["scenario", "seed", "interval"], required: ["scenario"])
        else { return nil }
        let scenario = string(fields["scenario"], field: "scenario")
        let seed = integer(fields["seed"], field: "seed")
        let interval = positiveDuration(fields["interval"], field: "interval")
        guard let scenario, !fields.has("seed") || seed != nil, !fields.has("interval") || interval != nil else {
            return nil
        }
        return SimulatorDeclaration(
            scenario: scenario, seed: UInt64(seed ?? 0), interval: interval ?? SimulatorDeclaration.defaultInterval,
            location: location(of: node))
    }

    /// A duration longer than zero: a source that collects every 0s would spin.
    mutating func positiveDuration(_ node: YAMLNode?, field: String) -> Int64? {
        guard let node, let milliseconds = duration(node, field: field) else { return nil }
        guard milliseconds > 0 else {
            error(node, "field '\(field)' must be longer than 0")
            return nil
        }
        return milliseconds
    }

    /// Problems only the whole policy set shows: two scrape jobs with one name, two tails of one file.
    static func duplicateSourceDiagnostics(_ sources: SourceDeclarations) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (what, entries) in [
            ("scrape job", sources.scrapes.map { ($0.job, $0.location) }),
            ("tail of", sources.tails.map { ($0.path, $0.location) }),
        ] {
            var first: [String: SourceLocation] = [:]
            for (name, location) in entries.sorted(by: { $0.1 < $1.1 }) {
                if let earlier = first[name] {
                    diagnostics.append(
                        .error(
                            at: location, "duplicate \(what) '\(name)'",
                            hint: "the first one is at "
                                + (earlier.file == location.file ? "" : "\(earlier.file):")
                                + "\(earlier.line):\(earlier.column)"))
                } else {
                    first[name] = location
                }
            }
        }
        return diagnostics
    }
}
