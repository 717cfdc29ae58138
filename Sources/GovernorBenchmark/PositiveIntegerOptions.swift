/// Reads `--name N` pairs of positive whole numbers after a mode's flag, reporting every problem at once: the
/// argument syntax every benchmark mode shares.
enum PositiveIntegerOptions {
    /// The values by option name, or every problem found.
    static func parse(_ arguments: [String], mode flag: String, names: Set<String>) -> Result<[String: Int], UsageError>
    {
        var values: [String: Int] = [:]
        var problems: [String] = []
        var remaining = arguments.filter { $0 != flag }[...]
        while let argument = remaining.popFirst() {
            guard names.contains(argument) else {
                problems.append("unknown argument '\(argument)' for \(flag)")
                continue
            }
            guard let text = remaining.popFirst(), let value = Int(text), value >= 1 else {
                problems.append("\(argument) needs a positive whole number")
                continue
            }
            values[argument] = value
        }
        return problems.isEmpty ? .success(values) : .failure(UsageError(problems: problems))
    }
}
