public import Foundation
public import GovernorCore
public import GovernorQuery
import GovernorSeriesText

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Scrapes one job's targets in the Prometheus text exposition format, as a Prometheus scrape pool does.
///
/// Every series gets the target's `job` and `instance` (and the job's static labels) with `honor_labels: false`
/// semantics; each target also yields `up`, `scrape_duration_seconds`, `scrape_samples_scraped`,
/// `scrape_samples_post_metric_relabeling` and `scrape_series_added`. A target that is down, slow past the
/// timeout, answers with a non-2xx status, or serves anything that does not parse gives `up` 0, stale markers
/// for all its previous series and an error in the batch naming the target and the reason; the other targets
/// are unaffected. Targets are scraped concurrently.
public actor ScrapeSource: MetricSource {
    public nonisolated let name: String
    public nonisolated let interval: Int64
    private let declaration: ScrapeJobDeclaration
    private let client: SourceHTTPClient
    private var states: [ScrapeTargetState]

    public init(_ declaration: ScrapeJobDeclaration, client: SourceHTTPClient = SourceHTTPClient()) {
        name = declaration.job
        interval = declaration.interval
        self.declaration = declaration
        self.client = client
        var staticLabels = declaration.labels
        staticLabels["job"] = declaration.job
        states = declaration.targets.map { target in
            var labels = staticLabels
            labels["instance"] = target
            return ScrapeTargetState(targetLabels: Labels(labels))
        }
    }

    public func collect(at time: Timestamp) async -> SourceBatch {
        let declaration = declaration
        let client = client
        var responses = Array(
            repeating: (Result<[UInt8], ScrapeFailure>.failure(.status(0)), 0.0),
            count: declaration.targets.count)
        await withTaskGroup(of: (Int, Result<[UInt8], ScrapeFailure>, Double).self) { group in
            for (index, target) in declaration.targets.enumerated() {
                group.addTask {
                    let start = ContinuousClock.now
                    let response = await Self.scrape(target, of: declaration, client: client)
                    // As Prometheus's: the request and the body, not the reading of the body.
                    let elapsed = ContinuousClock.now - start
                    let seconds =
                        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                    return (index, response, seconds)
                }
            }
            for await (index, response, seconds) in group { responses[index] = (response, seconds) }
        }
        var samples: [VectorSample] = []
        var errors: [String] = []
        for (index, (response, seconds)) in responses.enumerated() {
            // Read here, not in the task: the body is read through the target's series cache.
            let outcome = response.flatMap { states[index].read($0) }
            samples += states[index].samples(for: outcome, at: time, durationSeconds: seconds)
            if case .failure(let failure) = outcome { errors.append("\(declaration.targets[index]): \(failure)") }
        }
        return SourceBatch(samples: samples, error: errors.isEmpty ? nil : errors.joined(separator: "; "))
    }

    /// The URL a target is scraped at: `scheme://target/path`.
    public static func url(of target: String, in declaration: ScrapeJobDeclaration) -> URL? {
        guard let url = URL(string: "\(declaration.scheme)://\(target)\(declaration.path)"), url.host != nil else {
            return nil
        }
        return url
    }

    private static func scrape(
        _ target: String, of declaration: ScrapeJobDeclaration, client: SourceHTTPClient
    ) async -> Result<[UInt8], ScrapeFailure> {
        guard let url = url(of: target, in: declaration) else {
            return .failure(.invalidURL("\(declaration.scheme)://\(target)\(declaration.path)"))
        }
        var request = URLRequest(url: url)
        request.httpMethod = "GET"
        // Only the text format is read, so only the text format is asked for.
        request.setValue("text/plain;version=0.0.4;q=1,*/*;q=0.1", forHTTPHeaderField: "Accept")
        request.setValue("Governor", forHTTPHeaderField: "User-Agent")
        request.setValue(
            String(Double(declaration.timeout) / 1_000), forHTTPHeaderField: "X-Prometheus-Scrape-Timeout-Seconds")
        let response: SourceHTTPClient.Response
        do {
            response = try await client.send(request, timeout: declaration.timeout)
        } catch {
            return .failure(.http(error))
        }
        guard (200..<300).contains(response.status) else { return .failure(.status(response.status)) }
        return .success(Array(response.body))
    }
}
