import GovernorDaemon
import GovernorQuery
import Hummingbird

/// `/api/v1/series`, `/api/v1/labels` and `/api/v1/label/:name/values` over the latest snapshot's series. A series
/// counts when it has a sample in `[start, end]` (Prometheus answers from whole blocks and chunks, so it may also
/// count series whose samples lie just outside; with the default range the two agree).
struct PrometheusSeriesHandler {
    let context: APIContext

    func series(_ form: PrometheusForm) async throws(APIError) -> Response {
        if let problem = form.problem { throw APIError.badData("error parsing form values: \(problem)") }
        guard !form.all("match[]").isEmpty else { throw APIError.badData("no match[] parameter provided") }
        let (start, end) = try window(form)
        let matcherSets: [[LabelMatcher]]
        do { matcherSets = try Self.matcherSets(form.all("match[]")) } catch {
            throw PrometheusParameter.invalid("match[]", error)
        }
        let snapshot = try await context.snapshot()
        let found = Set(matcherSets.flatMap { snapshot.storage.select($0, start: start, end: end).map(\.labels) })
        return PrometheusEnvelope.success(
            "[" + found.sorted().map(PrometheusEnvelope.labels).joined(separator: ",") + "]")
    }

    func labelNames(_ form: PrometheusForm) async throws(APIError) -> Response {
        let (start, end) = try window(form)
        let labelSets = try await selectedLabelSets(form, start: start, end: end)
        let names = Set(labelSets.flatMap { $0.pairs.map(\.name) })
        return PrometheusEnvelope.success(PrometheusEnvelope.strings(names.sorted()))
    }

    func labelValues(_ name: String, _ form: PrometheusForm) async throws(APIError) -> Response {
        guard Self.isLabelName(name) else { throw APIError.badData("invalid label name: \(quotedLabelValue(name))") }
        let (start, end) = try window(form)
        let labelSets = try await selectedLabelSets(form, start: start, end: end)
        let values = Set(labelSets.compactMap { $0[name] })
        return PrometheusEnvelope.success(PrometheusEnvelope.strings(values.sorted()))
    }

    /// The label sets of every series with a sample in the window that one of the `match[]` selectors (or, with
    /// none, no selector at all) picks.
    private func selectedLabelSets(_ form: PrometheusForm, start: Timestamp, end: Timestamp) async throws(APIError)
        -> [Labels]
    {
        let matcherSets = try Self.matcherSets(form.all("match[]"))
        let snapshot = try await context.snapshot()
        return (matcherSets.isEmpty ? [[]] : matcherSets).flatMap {
            snapshot.storage.select($0, start: start, end: end).map(\.labels)
        }
    }

    private func window(_ form: PrometheusForm) throws(APIError) -> (Timestamp, Timestamp) {
        let start = try PrometheusParameter.time(form, "start", default: PrometheusParameter.minimumTime)
        let end = try PrometheusParameter.time(form, "end", default: PrometheusParameter.maximumTime)
        return (start, end)
    }

    /// Prometheus's `parseMatchersParam`: each `match[]` is one selector, and each must have a matcher that does
    /// not match the empty string (or it would select every series).
    static func matcherSets(_ texts: [String]) throws(APIError) -> [[LabelMatcher]] {
        var sets: [[LabelMatcher]] = []
        for text in texts {
            do { sets.append(try MetricSelectorParser.parse(text)) } catch {
                throw APIError.badData(PrometheusQueryHandler.text(error))
            }
        }
        for set in sets where set.allSatisfy(\.matchesEmpty) {
            throw APIError.badData("match[] must contain at least one non-empty matcher")
        }
        return sets
    }

    /// Prometheus's `model.LabelNameRE`: `^[a-zA-Z_][a-zA-Z0-9_]*$`.
    static func isLabelName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCII, first == "_" || first.properties.isAlphabetic
        else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0))
        }
    }
}
