/// promtool's report for one file (`Unit Testing:  FILE`, then `SUCCESS` or `FAILED:` and every message,
/// each followed by a blank line), with the messages in promtool's order.
extension UnitTestFileResult {
    public func text(warnings: [String] = []) -> String {
        var lines = ["Unit Testing:  \(path)"]
        lines += warnings.map { "  WARNING: \($0)" }
        if passed {
            lines.append("  SUCCESS")
        } else {
            lines.append("  FAILED:")
            for message in messages { lines += [message, ""] }
        }
        return lines.joined(separator: "\n") + "\n\n"
    }
}
