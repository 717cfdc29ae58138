import Foundation
import GovernorCore
import GovernorQuery

/// `kind: Silences`: silences kept in a file, so that they are reviewed and versioned like everything else.
extension AlertsFileReader {
    mutating func readSilences(_ document: YAMLNode) {
        guard
            let fields = yaml.fields(
                of: document, "Silences document", known: ["kind", "silences"], required: ["silences"])
        else { return }
        for node in yaml.list(fields["silences"], field: "silences") { readSilence(node) }
    }

    private mutating func readSilence(_ node: YAMLNode) {
        let known = ["id", "matchers", "starts_at", "ends_at", "comment", "created_by"]
        let required = ["id", "matchers", "starts_at", "ends_at", "comment", "created_by"]
        guard let fields = yaml.fields(of: node, "silence", known: known, required: required),
            let id = yaml.string(fields["id"], field: "id")
        else { return }
        var matchers: [LabelMatcher] = []
        for (text, item) in yaml.stringList(fields["matchers"], field: "matchers") {
            do {
                matchers += try AlertmanagerMatchers.parseList(text)
            } catch {
                yaml.error(item, "\(error.message) in 'matchers'")
            }
        }
        if let matchersNode = fields["matchers"], yaml.list(matchersNode, field: "matchers").isEmpty {
            yaml.error(matchersNode, "silence '\(id)' needs at least one matcher")
        }
        let startsAt = timestamp(fields["starts_at"], field: "starts_at")
        let endsAt = timestamp(fields["ends_at"], field: "ends_at")
        if let startsAt, let endsAt, endsAt <= startsAt, let endNode = fields["ends_at"] {
            yaml.error(endNode, "silence '\(id)' ends before it starts")
        }
        guard let startsAt, let endsAt else { return }
        parts.silences.append(
            Silence(
                id: id, matchers: matchers, startsAt: startsAt, endsAt: endsAt,
                comment: yaml.string(fields["comment"], field: "comment") ?? "",
                createdBy: yaml.string(fields["created_by"], field: "created_by") ?? "",
                location: yaml.location(of: node)))
    }

    /// An RFC 3339 time (`2024-05-01T22:00:00Z`) in milliseconds since the Unix epoch.
    private mutating func timestamp(_ node: YAMLNode?, field: String) -> Int64? {
        guard let node, let text = yaml.string(node, field: field) else { return nil }
        let formatter = ISO8601DateFormatter()
        var date = formatter.date(from: text)
        if date == nil {
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            date = formatter.date(from: text)
        }
        guard let date else {
            yaml.error(
                node, "invalid time '\(text)' in field '\(field)'", hint: "write RFC 3339, e.g. 2024-05-01T22:00:00Z")
            return nil
        }
        return Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
