public import GovernorQuery

/// Quotes text the way Go's `%q` does, which is how Prometheus's messages show offending input.
public func goQuoted(_ text: String) -> String {
    quotedLabelValue(text)
}
