import Foundation
public import GovernorCore
public import GovernorQuery

/// Turns one NDJSON line into what it contributes to its metric, through a tail's declared mapping. Pure.
public struct TailLineMapper: Sendable {
    public enum Contribution: Sendable, Hashable {
        /// The gauge's new value.
        case set(Double)
        /// What the line adds to the counter.
        case add(Double)
    }

    public let declaration: TailDeclaration

    public init(_ declaration: TailDeclaration) {
        self.declaration = declaration
    }

    /// The series and its contribution, or why the line cannot be used.
    public func map(_ line: some Collection<UInt8>) -> Result<(Labels, Contribution), TailLineError> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return .failure(.notAJSONObject)
        }
        var labels = [Labels.metricName: declaration.metric]
        for (label, path) in declaration.labels {
            if let text = Self.text(Self.field(path, in: object)) { labels[label] = text }
        }
        switch declaration.mapping {
        case .count(let increment):
            return .success((Labels(labels), .add(increment)))
        case .value(let path):
            guard let value = Self.number(Self.field(path, in: object)) else { return .failure(.notANumber(path)) }
            return .success((Labels(labels), .set(value)))
        }
    }

    /// The value at a dotted path (`source.name`).
    static func field(_ path: String, in object: [String: Any]) -> Any? {
        var current: Any? = object
        for key in path.split(separator: ".") {
            current = (current as? [String: Any])?[String(key)]
        }
        return current
    }

    /// Strings as they are, numbers as JSON wrote them (as far as Foundation keeps that), booleans as
    /// `true`/`false`; objects, arrays and null give no label.
    static func text(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text
        case let number as NSNumber:
            if number.isBoolean { return number.boolValue ? "true" : "false" }
            return number.stringValue
        default: return nil
        }
    }

    /// A JSON number, or a string holding one as Prometheus's API writes values (`"1.5"`, `"NaN"`, `"+Inf"`).
    static func number(_ value: Any?) -> Double? {
        switch value {
        case let number as NSNumber where !number.isBoolean: return number.doubleValue
        case let text as String: return Double(text)
        default: return nil
        }
    }
}

/// Why a line of a tailed file was skipped.
public enum TailLineError: Error, Sendable, Hashable, CustomStringConvertible {
    case notAJSONObject
    case notANumber(String)
    case tooLong(Int)

    public var description: String {
        switch self {
        case .notAJSONObject: "not a JSON object"
        case .notANumber(let field): "field '\(field)' is missing or not a number"
        case .tooLong(let bytes): "line longer than \(bytes) bytes, skipped"
        }
    }
}

extension NSNumber {
    /// JSON's `true` and `false` arrive as NSNumbers of Objective-C type `c` (a char), numbers never do.
    fileprivate var isBoolean: Bool { String(cString: objCType) == "c" }
}
