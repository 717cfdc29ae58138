public import GovernorQuery

extension AlertingConfiguration {
    /// Why an alert with these labels must not be sent at `time`: each inhibition rule a firing alert triggers
    /// (`inhibited by {…}`), then each silence that matches it (`silenced by <id>`). Empty when it may be sent.
    /// Dry-run and the notification pipeline both decide with this, so they always agree.
    public func suppressionReasons(for labels: Labels, amongFiring firing: [Labels], at time: Int64) -> [String] {
        let inhibited = inhibitRules.compactMap { rule in
            rule.inhibitor(of: labels, amongFiring: firing).map { "inhibited by \($0)" }
        }
        return inhibited + silences.silencing(labels, at: time).map { "silenced by \($0)" }
    }
}
