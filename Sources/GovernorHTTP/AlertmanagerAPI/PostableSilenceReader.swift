import Foundation
import GovernorCore
import GovernorQuery
import HTTPTypes

/// Reads a `postableSilence` body in Alertmanager's three steps, each with its status and words: go-openapi's
/// binding (not JSON, or a field of the wrong type: 400 parse error; a required field missing: 422), then the
/// handler's checks (start before end, end not in the past: 400), then the matchers (400 `silence invalid: …`).
enum PostableSilenceReader {
    static func read(_ body: Data, at now: Int64) throws(AlertmanagerRejection) -> Silence {
        // Whitespace alone is what Go's decoder reads as no value at all (io.EOF): the body is missing.
        guard body.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw .validation(code: AlertmanagerReply.requiredCode, "silence in body is required")
        }
        if let syntax = GoJSONSyntax.error(in: Array(body)) { throw parseError(syntax) }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: body)
        } catch {
            throw parseError("\(error)")
        }
        let fields: [String: JSONValue]
        switch value {
        case .object(let object): fields = object
        // Go decodes `null` into an empty struct, whose required fields are then missing.
        case .null: fields = [:]
        default: throw parseError("json: cannot unmarshal \(value.goKind) into Go value of type models.PostableSilence")
        }
        let decoded = try Decoded(fields)
        try checkRequired(decoded)
        let (startsAt, endsAt) = (decoded.startsAt!, decoded.endsAt!)
        if startsAt >= endsAt {
            throw .message("Failed to create silence: start time must be before end time", .badRequest)
        }
        if endsAt < now { throw .message("Failed to create silence: end time can't be in the past", .badRequest) }
        var matchers: [LabelMatcher] = []
        for (index, matcher) in decoded.matchers!.enumerated() {
            let type: MatchType =
                switch (matcher.isRegex!, matcher.isEqual ?? true) {
                case (false, true): .equal
                case (false, false): .notEqual
                case (true, true): .regexMatch
                case (true, false): .regexNoMatch
                }
            do {
                matchers.append(try LabelMatcher(name: matcher.name!, type: type, value: matcher.value!))
            } catch {
                throw .message(
                    "silence invalid: invalid label matcher \(index): invalid regular expression "
                        + "\(quotedLabelValue(matcher.value!)): not a valid pattern", .badRequest)
            }
        }
        return Silence(
            id: decoded.id ?? "", matchers: matchers, startsAt: startsAt, endsAt: endsAt, comment: decoded.comment!,
            createdBy: decoded.createdBy!)
    }

    /// The fields with their JSON types checked, as Go's decoder fills the struct; nil where absent or null.
    private struct Decoded {
        struct Matcher {
            var name: String?
            var value: String?
            var isRegex: Bool?
            var isEqual: Bool?
        }

        var id: String?
        var comment: String?
        var createdBy: String?
        var startsAt: Int64?
        var endsAt: Int64?
        var matchers: [Matcher]?

        init(_ fields: [String: JSONValue]) throws(AlertmanagerRejection) {
            id = try string(fields["id"], "id")
            comment = try string(fields["comment"], "comment")
            createdBy = try string(fields["createdBy"], "createdBy")
            startsAt = try time(fields["startsAt"], "startsAt")
            endsAt = try time(fields["endsAt"], "endsAt")
            switch fields["matchers"] {
            case nil, .null?: matchers = nil
            case .array(let items)?:
                var read: [Matcher] = []
                for item in items {
                    guard case .object(let matcher) = item else {
                        throw mismatch(item, "matchers", "models.Matcher")
                    }
                    read.append(
                        Matcher(
                            name: try string(matcher["name"], "matchers.name"),
                            value: try string(matcher["value"], "matchers.value"),
                            isRegex: try bool(matcher["isRegex"], "matchers.isRegex"),
                            isEqual: try bool(matcher["isEqual"], "matchers.isEqual")))
                }
                matchers = read
            case let other?: throw mismatch(other, "matchers", "models.Matchers")
            }
        }
    }

    /// go-openapi's validation, in the generated order (the silence's properties alphabetically, then each
    /// matcher's); the first failure is the one reported.
    private static func checkRequired(_ decoded: Decoded) throws(AlertmanagerRejection) {
        let missing = { (field: String) in
            AlertmanagerRejection.validation(code: AlertmanagerReply.requiredCode, "\(field) in body is required")
        }
        if decoded.comment == nil { throw missing("comment") }
        if decoded.createdBy == nil { throw missing("createdBy") }
        if decoded.endsAt == nil { throw missing("endsAt") }
        guard let matchers = decoded.matchers else { throw missing("matchers") }
        guard !matchers.isEmpty else {
            throw .validation(code: AlertmanagerReply.minimumItemsCode, "matchers in body should have at least 1 items")
        }
        for (index, matcher) in matchers.enumerated() {
            if matcher.isRegex == nil { throw missing("matchers.\(index).isRegex") }
            if matcher.name == nil { throw missing("matchers.\(index).name") }
            if matcher.value == nil { throw missing("matchers.\(index).value") }
        }
        if decoded.startsAt == nil { throw missing("startsAt") }
    }

    private static func string(_ value: JSONValue?, _ field: String) throws(AlertmanagerRejection) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let other?: throw mismatch(other, field, "string")
        }
    }

    private static func bool(_ value: JSONValue?, _ field: String) throws(AlertmanagerRejection) -> Bool? {
        switch value {
        case nil, .null?: return nil
        case .bool(let flag)?: return flag
        case let other?: throw mismatch(other, field, "bool")
        }
    }

    private static func time(_ value: JSONValue?, _ field: String) throws(AlertmanagerRejection) -> Int64? {
        guard let text = try string(value, field) else { return nil }
        guard let time = AlertmanagerTime.parse(text) else {
            throw parseError("parsing time \(quotedLabelValue(text)) in \(field): not an RFC 3339 date-time")
        }
        return time
    }

    private static func mismatch(_ value: JSONValue, _ field: String, _ type: String) -> AlertmanagerRejection {
        parseError(
            "json: cannot unmarshal \(value.goKind) into Go struct field PostableSilence.\(field) of type \(type)")
    }

    private static func parseError(_ reason: String) -> AlertmanagerRejection {
        .validation(code: 400, "parsing silence body from \"\" failed, because \(reason)")
    }
}
