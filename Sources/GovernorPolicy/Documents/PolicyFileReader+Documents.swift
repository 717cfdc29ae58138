import GovernorCore

/// Decides what each document is and hands it to the reader for that kind.
extension PolicyFileReader {
    mutating func readDocument(_ document: YAMLNode) {
        // An empty document (a lone `---`, or only comments) holds nothing to read.
        if document.isNull { return }
        guard case .mapping(let mapping) = document else {
            error(document, "a policy document must be a mapping, found \(document.kindDescription)")
            return
        }
        if let kindNode = mapping["kind"] {
            guard let kindText = string(kindNode, field: "kind") else { return }
            guard let kind = DocumentKind.GovernorKind(rawValue: kindText) else {
                let kinds = DocumentKind.GovernorKind.allCases.map(\.rawValue)
                error(
                    kindNode, "unknown kind '\(kindText)'",
                    hint: EditDistance.hint(for: kindText, among: kinds)
                        ?? "use one of: \(kinds.joined(separator: ", "))")
                return
            }
            readGovernorDocument(kind, document)
        } else if let versionNode = mapping["version"] {
            guard let version = string(versionNode, field: "version") else { return }
            guard version == DocumentKind.slothVersion else {
                error(
                    versionNode, "unsupported Sloth spec version '\(version)'",
                    hint: "only version: \"\(DocumentKind.slothVersion)\" is supported")
                return
            }
            readSlothSpec(document)
        } else if mapping["groups"] != nil {
            guard fields(of: document, "rule file", known: ["groups"]) != nil else { return }
            readRuleGroups(mapping["groups"], governorExtensions: false)
        } else {
            error(
                document, "unknown document: expected 'groups' (Prometheus rules), 'version' (a Sloth spec) or 'kind'",
                hint: "Governor documents start with kind: SLOs, Governance, Rules, Forecasts or Sources")
        }
    }

    private mutating func readGovernorDocument(_ kind: DocumentKind.GovernorKind, _ document: YAMLNode) {
        switch kind {
        case .slos: readObjectivesDocument(document)
        case .governance: readGovernanceDocument(document)
        case .rules:
            guard let fields = fields(of: document, "Rules document", known: ["kind", "groups"], required: ["groups"])
            else { return }
            readRuleGroups(fields["groups"], governorExtensions: true)
        case .forecasts: readForecastsDocument(document)
        case .sources: readSourcesDocument(document)
        }
    }
}
