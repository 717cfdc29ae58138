import GovernorCore

extension [Diagnostic] {
    /// By file, line and column; problems at the same place keep the order they were found in.
    func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
    }
}
