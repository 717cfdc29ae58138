import Foundation
import Synchronization

public enum MatchType: String, Sendable, Hashable {
    case equal = "="
    case notEqual = "!="
    case regexMatch = "=~"
    case regexNoMatch = "!~"
}

/// A compiled, fully anchored regular expression, as Prometheus anchors label regexes.
public struct AnchoredRegex: @unchecked Sendable, Hashable {
    public let pattern: String
    private let regex: NSRegularExpression

    public init(_ pattern: String) throws {
        self.pattern = pattern
        if let cached = Self.compiled.withLock({ $0[pattern] }) {
            regex = cached.regex
            return
        }
        regex = try NSRegularExpression(pattern: "^(?:\(Self.icuPattern(pattern)))\\z")
        Self.compiled.withLock { cache in
            // A bound, since queries typed by people reach here too; policies repeat a few dozen patterns.
            if cache.count >= Self.compiledLimit { cache.removeAll(keepingCapacity: true) }
            cache[pattern] = CompiledRegex(regex: regex)
        }
    }

    /// Compiled patterns by source: policy files repeat the same few matchers thousands of times, and compiling
    /// one costs far more than parsing the rule around it. `NSRegularExpression` is immutable and safe to share.
    private static let compiled = Mutex<[String: CompiledRegex]>([:])
    private static let compiledLimit = 4_096

    private struct CompiledRegex: @unchecked Sendable {
        let regex: NSRegularExpression
    }

    /// The pattern in ICU's syntax: RE2 spells named groups `(?P<name>...)`, ICU only knows `(?<name>...)`.
    static func icuPattern(_ re2Pattern: String) -> String {
        re2Pattern.replacingOccurrences(of: "(?P<", with: "(?<")
    }

    public func matches(_ value: String) -> Bool {
        let range = NSRange(value.startIndex..<value.endIndex, in: value)
        return regex.firstMatch(in: value, options: [.anchored], range: range) != nil
    }

    /// The capture groups of a whole-string match, group 0 first; nil when it does not match.
    public func captures(in value: String) -> [String]? {
        let range = NSRange(value.startIndex..<value.endIndex, in: value)
        guard let match = regex.firstMatch(in: value, options: [.anchored], range: range) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            let groupRange = match.range(at: index)
            guard groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: value) else { return "" }
            return String(value[swiftRange])
        }
    }

    public static func == (lhs: AnchoredRegex, rhs: AnchoredRegex) -> Bool { lhs.pattern == rhs.pattern }
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}

/// One `name op "value"` condition of a selector.
public struct LabelMatcher: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var type: MatchType
    public var value: String
    public let regex: AnchoredRegex?

    public init(name: String, type: MatchType, value: String) throws {
        self.name = name
        self.type = type
        self.value = value
        switch type {
        case .regexMatch, .regexNoMatch: regex = try AnchoredRegex(value)
        case .equal, .notEqual: regex = nil
        }
    }

    /// Whether a label's value (the empty string when the label is absent) satisfies the matcher.
    public func matches(_ labelValue: String) -> Bool {
        switch type {
        case .equal: labelValue == value
        case .notEqual: labelValue != value
        case .regexMatch: regex!.matches(labelValue)
        case .regexNoMatch: !regex!.matches(labelValue)
        }
    }

    /// Whether the matcher also selects series that lack the label entirely.
    public var matchesEmpty: Bool { matches("") }

    public var description: String { "\(name)\(type.rawValue)\(quotedLabelValue(value))" }
}
