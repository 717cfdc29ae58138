public import GovernorQuery

/// Prometheus's duration text (`model.ParseDuration`) as the script reader uses it: GovernorQuery's parser,
/// with the outcome as a `Result` so callers can switch over it.
public enum PrometheusDuration {
    public static func milliseconds(_ text: String) -> Result<Int64, DurationError> {
        Result { () throws(DurationError) in try Duration.milliseconds(text) }
    }
}

/// Quotes text the way Go's `%q` does, which is how Prometheus's messages show offending input.
func goQuoted(_ text: String) -> String {
    quotedLabelValue(text)
}
