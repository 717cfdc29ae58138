import Foundation

/// A fully anchored regular expression that can expand a Go-style replacement template
/// (`$1`, `${1}`, `$name`, `${name}`, `$$`), as `label_replace` needs.
struct ReplacementRegex {
    private let regex: NSRegularExpression
    private let groupNames: [String]

    /// Returns nil when the pattern does not compile.
    init?(_ pattern: String) {
        let icuPattern = AnchoredRegex.icuPattern(pattern)
        guard let regex = try? NSRegularExpression(pattern: "^(?:\(icuPattern))\\z") else { return nil }
        self.regex = regex
        groupNames = Self.namedGroups(in: icuPattern)
    }

    /// The template expanded against a whole-string match of `value`, or nil when it does not match.
    func replacing(_ value: String, with template: String) -> String? {
        let range = NSRange(value.startIndex..<value.endIndex, in: value)
        guard let match = regex.firstMatch(in: value, options: [.anchored], range: range) else { return nil }
        return Self.expand(template) { reference in
            let groupRange: NSRange
            switch reference {
            case .number(let number):
                guard number < match.numberOfRanges else { return "" }
                groupRange = match.range(at: number)
            case .name(let name):
                guard groupNames.contains(name) else { return "" }
                groupRange = match.range(withName: name)
            }
            guard groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: value) else { return "" }
            return String(value[swiftRange])
        }
    }

    enum GroupReference: Equatable {
        case number(Int)
        case name(String)
    }

    /// Expands `$` references the way Go's `regexp.Expand` does: `$name` takes the longest run of letters,
    /// digits and underscores (so `$1x` names group "1x"), `$$` is a literal dollar, and a malformed
    /// reference leaves the `$` as text.
    static func expand(_ template: String, resolve: (GroupReference) -> String) -> String {
        var output = ""
        var rest = Substring(template)
        while let dollar = rest.firstIndex(of: "$") {
            output += rest[..<dollar]
            rest = rest[rest.index(after: dollar)...]
            if rest.first == "$" {
                output += "$"
                rest = rest.dropFirst()
                continue
            }
            guard let (reference, remainder) = parseReference(rest) else {
                output += "$"
                continue
            }
            output += resolve(reference)
            rest = remainder
        }
        return output + rest
    }

    private static func parseReference(_ text: Substring) -> (GroupReference, Substring)? {
        var rest = text
        let braced = rest.first == "{"
        if braced { rest = rest.dropFirst() }
        let name = rest.prefix { isNameCharacter($0) }
        guard !name.isEmpty else { return nil }
        rest = rest[name.endIndex...]
        if braced {
            guard rest.first == "}" else { return nil }
            rest = rest.dropFirst()
        }
        // A leading zero or anything but ASCII digits makes it a name; Go also caps numbers at 1e8.
        var number: Int? = 0
        for byte in name.utf8 {
            guard let current = number, (0x30...0x39).contains(byte), current < 100_000_000 else {
                number = nil
                break
            }
            number = current * 10 + Int(byte - 0x30)
        }
        if name.hasPrefix("0") && name.count > 1 { number = nil }
        return (number.map(GroupReference.number) ?? .name(String(name)), rest)
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return false }
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }

    private static func namedGroups(in pattern: String) -> [String] {
        var names: [String] = []
        var rest = Substring(pattern)
        while let start = rest.range(of: "(?<") {
            rest = rest[start.upperBound...]
            // `(?<=` and `(?<!` are lookbehinds, not names.
            guard let end = rest.firstIndex(of: ">"), rest.first != "=", rest.first != "!" else { continue }
            names.append(String(rest[..<end]))
        }
        return names
    }
}
