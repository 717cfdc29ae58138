import GovernorCore

extension Diagnostic {
    /// `line:col: severity: message` plus the hint line, without the file, as the `.expected` fixtures write them.
    var withoutFile: String {
        let head = "\(location.line):\(location.column): \(severity.rawValue): \(message)"
        return hint.map { "\(head)\n  hint: \($0)" } ?? head
    }
}
