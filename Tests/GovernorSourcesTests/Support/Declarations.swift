import GovernorCore

/// Where declarations built in tests say they came from.
let testLocation = SourceLocation(file: "sources.yaml", line: 1, column: 1)

func scrapeJob(
    _ job: String = "node", targets: [String], interval: Int64 = 10_000, timeout: Int64 = 1_000,
    labels: [String: String] = [:]
) -> ScrapeJobDeclaration {
    ScrapeJobDeclaration(
        job: job, targets: targets, interval: interval, timeout: timeout, labels: labels, location: testLocation)
}
