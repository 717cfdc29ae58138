import Foundation

/// A value flowing through a template pipeline.
enum TemplateValue {
    case string(String)
    case number(Double)

    /// How Go prints the value with `{{ }}`: strings as they are, numbers as `%v`.
    var text: String {
        switch self {
        case .string(let text): text
        case .number(let number): GoNumberFormat.v(number)
        }
    }
}

/// The functions alert templates may call, each as Prometheus defines it.
enum TemplateFunctions {
    static let names: Set<String> = [
        "humanize", "humanize1024", "humanizePercentage", "humanizeDuration", "printf", "toUpper", "toLower",
        "title", "value", "label",
    ]

    static func run(_ pipeline: [TemplateCommand], data: TemplateData, offset: Int) throws(TemplateError)
        -> TemplateValue
    {
        var piped: TemplateValue?
        for command in pipeline {
            var arguments: [TemplateValue] = command.operands.map { resolve($0, data: data) }
            if let value = piped { arguments.append(value) }
            guard let function = command.function else {
                guard arguments.count == 1 else {
                    throw TemplateError("can't give arguments to a non-function", offset: offset)
                }
                piped = arguments[0]
                continue
            }
            piped = try call(function, arguments, offset: offset)
        }
        return piped ?? .string("")
    }

    private static func resolve(_ operand: TemplateOperand, data: TemplateData) -> TemplateValue {
        switch operand {
        // Prometheus expands templates with `missingkey=zero`, so a missing label is empty (promtool prints
        // "Instance  down" for a series without `instance`).
        case .label(let name): .string(data.labels[name] ?? "")
        case .externalLabel(let name): .string(data.externalLabels[name] ?? "")
        case .value: .number(data.value)
        case .externalURL: .string(data.externalURL)
        case .string(let text): .string(text)
        case .number(let number): .number(number)
        }
    }

    private static func call(_ name: String, _ arguments: [TemplateValue], offset: Int) throws(TemplateError)
        -> TemplateValue
    {
        func single() throws(TemplateError) -> TemplateValue {
            guard arguments.count == 1 else {
                throw TemplateError("wrong number of args for \(name): want 1 got \(arguments.count)", offset: offset)
            }
            return arguments[0]
        }
        func number() throws(TemplateError) -> Double {
            switch try single() {
            case .number(let value): return value
            case .string(let text):
                guard let value = Double(text.trimmingCharacters(in: .whitespaces)) else {
                    throw TemplateError("\(name): can't convert \"\(text)\" to a number", offset: offset)
                }
                return value
            }
        }
        switch name {
        case "humanize": return .string(HumanizeFormatting.humanize(try number()))
        case "humanize1024": return .string(HumanizeFormatting.humanize1024(try number()))
        case "humanizePercentage": return .string(HumanizeFormatting.humanizePercentage(try number()))
        case "humanizeDuration": return .string(HumanizeFormatting.humanizeDuration(try number()))
        case "toUpper": return .string(try single().text.uppercased())
        case "toLower": return .string(try single().text.lowercased())
        case "title": return .string(try single().text.capitalized)
        case "printf":
            guard case .string(let format)? = arguments.first else {
                throw TemplateError("printf needs a format string first", offset: offset)
            }
            return .string(try GoNumberFormat.printf(format, Array(arguments.dropFirst()), offset: offset))
        default:
            throw TemplateError("function \"\(name)\" not defined", offset: offset)
        }
    }
}
