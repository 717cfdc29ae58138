import Foundation
import GovernorQuery

/// The functions alert templates may call: Prometheus's template functions and the Go builtins rules use.
enum TemplateFunctions {
    static let names: Set<String> = [
        "humanize", "humanize1024", "humanizePercentage", "humanizeDuration", "humanizeTimestamp", "printf", "print",
        "toUpper", "toLower", "title", "query", "first", "value", "label", "strvalue", "sortByLabel", "match",
        "reReplaceAll", "safeHtml", "len", "eq", "ne", "lt", "le", "gt", "ge", "and", "or", "not",
    ]

    static func call(_ name: String, _ arguments: [TemplateValue], data: TemplateData, offset: Int)
        throws(TemplateError) -> TemplateValue
    {
        let call = Arguments(name: name, values: arguments, offset: offset)
        switch name {
        case "humanize": return .string(HumanizeFormatting.humanize(try call.number(0, of: 1)))
        case "humanize1024": return .string(HumanizeFormatting.humanize1024(try call.number(0, of: 1)))
        case "humanizePercentage": return .string(HumanizeFormatting.humanizePercentage(try call.number(0, of: 1)))
        case "humanizeDuration": return .string(HumanizeFormatting.humanizeDuration(try call.number(0, of: 1)))
        case "humanizeTimestamp":
            let date = Date(timeIntervalSince1970: try call.number(0, of: 1))
            return .string(date.formatted(.iso8601))
        case "toUpper": return .string(try call.value(0, of: 1).text.uppercased())
        case "toLower": return .string(try call.value(0, of: 1).text.lowercased())
        case "title": return .string(try call.value(0, of: 1).text.capitalized)
        case "safeHtml": return .string(try call.value(0, of: 1).text)
        case "print": return .string(arguments.map(\.text).joined())
        case "printf":
            guard case .string(let format)? = arguments.first else {
                throw TemplateError("printf needs a format string first", offset: offset)
            }
            return .string(GoPrintf.printf(format, Array(arguments.dropFirst())))
        case "query": return try query(try call.value(0, of: 1).text, data: data, offset: offset)
        case "first":
            guard case .samples(let samples) = try call.value(0, of: 1), let first = samples.first else {
                throw TemplateError("first() called on vector with no elements", offset: offset)
            }
            return .sample(first)
        case "value":
            guard case .sample(let sample) = try call.value(0, of: 1) else { return .none }
            return .number(sample.value)
        case "strvalue":
            guard case .sample(let sample) = try call.value(0, of: 1) else { return .none }
            return .string(sample.labels["__value__"] ?? "")
        case "label":
            guard case .sample(let sample) = try call.value(1, of: 2) else { return .none }
            return .string(sample.labels[try call.value(0, of: 2).text] ?? "")
        case "sortByLabel":
            guard case .samples(let samples) = try call.value(1, of: 2) else { return .samples([]) }
            let label = try call.value(0, of: 2).text
            return .samples(samples.sorted { ($0.labels[label] ?? "") < ($1.labels[label] ?? "") })
        case "match", "reReplaceAll": return try regexFunction(name, call)
        case "len": return .number(Double(try call.value(0, of: 1).elements.count))
        case "not": return .bool(!(try call.value(0, of: 1)).isTruthy)
        case "and": return arguments.first { !$0.isTruthy } ?? arguments.last ?? .none
        case "or": return arguments.first { $0.isTruthy } ?? arguments.last ?? .none
        default: return .bool(try compare(name, call))
        }
    }

    private static func query(_ expression: String, data: TemplateData, offset: Int) throws(TemplateError)
        -> TemplateValue
    {
        guard let run = data.query else { throw TemplateError("query is not available here", offset: offset) }
        do {
            return .samples(try run(expression))
        } catch {
            throw TemplateError("error executing query \(expression): \(error)", offset: offset)
        }
    }

    private static func regexFunction(_ name: String, _ call: Arguments) throws(TemplateError) -> TemplateValue {
        let count = name == "match" ? 2 : 3
        let pattern = try call.value(0, of: count).text
        guard let regex = try? NSRegularExpression(pattern: pattern) else {
            throw TemplateError("\(name): invalid regular expression \(pattern)", offset: call.offset)
        }
        let text = try call.value(count - 1, of: count).text
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        if name == "match" { return .bool(regex.firstMatch(in: text, range: range) != nil) }
        let template = try call.value(1, of: 3).text.replacingOccurrences(of: "${", with: "$").replacingOccurrences(
            of: "}", with: "")
        return .string(regex.stringByReplacingMatches(in: text, range: range, withTemplate: template))
    }

    private static func compare(_ name: String, _ call: Arguments) throws(TemplateError) -> Bool {
        let left = try call.value(0, of: 2)
        let right = try call.value(1, of: 2)
        let order: ComparisonResult
        switch (left, right) {
        case (.number(let a), .number(let b)):
            order = a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
        default:
            order =
                left.text < right.text ? .orderedAscending : left.text > right.text ? .orderedDescending : .orderedSame
        }
        switch name {
        case "eq": return order == .orderedSame
        case "ne": return order != .orderedSame
        case "lt": return order == .orderedAscending
        case "le": return order != .orderedDescending
        case "gt": return order == .orderedDescending
        case "ge": return order != .orderedAscending
        default: throw TemplateError("function \"\(name)\" not defined", offset: call.offset)
        }
    }

    /// A function's arguments with arity and type checks that name the function.
    private struct Arguments {
        var name: String
        var values: [TemplateValue]
        var offset: Int

        func value(_ index: Int, of count: Int) throws(TemplateError) -> TemplateValue {
            guard values.count == count else {
                throw TemplateError(
                    "wrong number of args for \(name): want \(count) got \(values.count)", offset: offset)
            }
            return values[index]
        }

        func number(_ index: Int, of count: Int) throws(TemplateError) -> Double {
            switch try value(index, of: count) {
            case .number(let number): return number
            case .bool(let flag): return flag ? 1 : 0
            case let other:
                guard let number = Double(other.text.trimmingCharacters(in: .whitespaces)) else {
                    throw TemplateError("\(name): can't convert \"\(other.text)\" to a number", offset: offset)
                }
                return number
            }
        }
    }
}
