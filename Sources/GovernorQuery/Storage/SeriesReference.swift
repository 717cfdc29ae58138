/// A handle on one series of an `InMemoryStorage`, kept by whoever appends to the series again and again (a
/// scrape loop), so each append skips hashing the label set. Prometheus's appenders hand out the same kind of
/// reference. Valid only for the storage that gave it out.
public struct SeriesReference: Hashable, Sendable {
    let series: SeriesID
}
