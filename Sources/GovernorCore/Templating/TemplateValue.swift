import GovernorQuery

/// A value flowing through a template.
enum TemplateValue {
    case string(String)
    case number(Double)
    case bool(Bool)
    case map([String: String])
    case sample(TemplateSample)
    case samples([TemplateSample])
    case list([TemplateValue])
    /// The root data (`.` at the top of the template).
    case root
    case none

    /// Go's notion of truth: false, 0, "", empty collections and nil are false.
    var isTruthy: Bool {
        switch self {
        case .string(let text): !text.isEmpty
        case .number(let number): number != 0
        case .bool(let flag): flag
        case .map(let map): !map.isEmpty
        case .samples(let samples): !samples.isEmpty
        case .list(let list): !list.isEmpty
        case .sample, .root: true
        case .none: false
        }
    }

    /// How Go prints the value with `{{ }}`.
    var text: String {
        switch self {
        case .string(let text): text
        case .number(let number): GoFloatFormat.general(number)
        case .bool(let flag): flag ? "true" : "false"
        case .map(let map):
            "map[" + map.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " ") + "]"
        case .sample(let sample): "{\(TemplateValue.map(sample.labels).text) \(GoFloatFormat.general(sample.value))}"
        case .samples(let samples): "[" + samples.map { TemplateValue.sample($0).text }.joined(separator: " ") + "]"
        case .list(let list): "[" + list.map(\.text).joined(separator: " ") + "]"
        case .root: "<root>"
        case .none: "<no value>"
        }
    }

    /// The elements `range` iterates.
    var elements: [TemplateValue] {
        switch self {
        case .samples(let samples): samples.map(TemplateValue.sample)
        case .list(let list): list
        case .map(let map): map.sorted { $0.key < $1.key }.map { .string($0.value) }
        default: []
        }
    }
}
