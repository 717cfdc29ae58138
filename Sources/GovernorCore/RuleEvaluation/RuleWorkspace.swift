import GovernorQuery

/// What the evaluator keeps for one rule from tick to tick, in one array element rather than four arrays side by
/// side (which measured no slower or faster: the buffers they point to are the misses, not the elements).
struct RuleWorkspace: Sendable {
    /// The series the rule wrote last time (so the ones that vanish get a stale marker) and where they are in the
    /// store (so writing the same series again skips looking them up).
    var output = ScrapeCache()
    /// Its alerts' `ALERTS` and `ALERTS_FOR_STATE` label sets, reused while an alert stays as it was.
    var alertSeries = AlertSeriesLabels()
    /// Its alerts as last handed out in a result, whose buffer the next result reuses once let go.
    var alertList: [AlertInstance] = []
    /// The candidate labels last made from a result sample's labels.
    var candidateLabels = CandidateLabelsMemo()
}
