import Foundation
import GovernorCore
import GovernorQuery

/// `route_test`, `inhibit_test`, `silence_test` and `muted_test`: assertions on `alerts/` that run against the
/// file's `alerting_config`. docs/testing.md documents them.
extension UnitTestFileReader {
    static let routingFields = ["route_test", "inhibit_test", "silence_test", "muted_test"]

    /// `alerting_config`: one path or a list of them, as written (the loader resolves them).
    mutating func readAlertingConfigPaths(_ node: YAMLNode?) -> [String] {
        guard let node, !node.isNull else { return [] }
        if case .scalar = node { return reader.string(node, field: "alerting_config").map { [$0] } ?? [] }
        return reader.stringList(node, field: "alerting_config").map(\.0)
    }

    mutating func readRoutingTests(_ fields: MappingFields) -> RoutingTests {
        var tests = RoutingTests()
        for node in reader.list(fields["route_test"], field: "route_test") {
            if let test = readRouteTest(node) { tests.routeTests.append(test) }
        }
        for node in reader.list(fields["inhibit_test"], field: "inhibit_test") {
            let known = ["firing", "alert", "inhibited"]
            guard let item = reader.fields(of: node, "inhibit_test item", known: known, required: known),
                let inhibited = reader.boolean(item["inhibited"], field: "inhibited")
            else { continue }
            let firing = reader.list(item["firing"], field: "firing").map { labels($0, field: "firing") }
            tests.inhibitTests.append(
                InhibitTest(
                    firing: firing, alert: labels(item["alert"], field: "alert"), inhibited: inhibited,
                    location: reader.location(of: node)))
        }
        for node in reader.list(fields["silence_test"], field: "silence_test") {
            if let test = readSilenceTest(node) { tests.silenceTests.append(test) }
        }
        for node in reader.list(fields["muted_test"], field: "muted_test") {
            let known = ["at", "alert", "muted"]
            guard let item = reader.fields(of: node, "muted_test item", known: known, required: known),
                let at = time(item["at"]), let muted = reader.boolean(item["muted"], field: "muted")
            else { continue }
            tests.mutedTests.append(
                MutedTest(
                    at: at, alert: labels(item["alert"], field: "alert"), muted: muted,
                    location: reader.location(of: node)))
        }
        return tests
    }

    private mutating func readRouteTest(_ node: YAMLNode) -> RouteTest? {
        let known = ["labels", "receivers", "group_by", "group_wait", "group_interval", "repeat_interval"]
        guard
            let item = reader.fields(of: node, "route_test item", known: known, required: ["labels", "receivers"])
        else { return nil }
        let receivers = reader.stringList(item["receivers"], field: "receivers").map(\.0)
        var groupBy: GroupBy?
        if item.has("group_by") {
            let names = reader.stringList(item["group_by"], field: "group_by").map(\.0)
            groupBy = names.contains("...") ? .all : .labels(Set(names))
        }
        return RouteTest(
            labels: labels(item["labels"], field: "labels"), receivers: receivers, groupBy: groupBy,
            groupWait: durations(item["group_wait"], field: "group_wait"),
            groupInterval: durations(item["group_interval"], field: "group_interval"),
            repeatInterval: durations(item["repeat_interval"], field: "repeat_interval"),
            location: reader.location(of: node))
    }

    private mutating func readSilenceTest(_ node: YAMLNode) -> SilenceTest? {
        let known = ["at", "alert", "silenced_by", "silenced"]
        guard let item = reader.fields(of: node, "silence_test item", known: known, required: ["at", "alert"]),
            let at = time(item["at"])
        else { return nil }
        let expectation: SilenceTest.Expectation
        switch (item["silenced_by"], item["silenced"]) {
        case (let ids?, nil):
            expectation = .silencedBy(reader.stringList(ids, field: "silenced_by").map(\.0))
        case (nil, let silenced?):
            guard let value = reader.boolean(silenced, field: "silenced") else { return nil }
            expectation = .silenced(value)
        default:
            reader.error(
                node, "silence_test item needs exactly one of silenced_by or silenced",
                hint: "e.g. silenced_by: [db-maintenance], or silenced: false")
            return nil
        }
        return SilenceTest(
            at: at, alert: labels(item["alert"], field: "alert"), expectation: expectation,
            location: reader.location(of: node))
    }

    private mutating func labels(_ node: YAMLNode?, field: String) -> Labels {
        Labels(
            Dictionary(
                reader.stringMap(node, field: field).map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last }))
    }

    /// One duration, or a list with one per reached route.
    private mutating func durations(_ node: YAMLNode?, field: String) -> [Int64]? {
        guard let node else { return nil }
        if case .sequence = node {
            return reader.list(node, field: field).compactMap { reader.duration($0, field: field) }
        }
        return reader.duration(node, field: field).map { [$0] }
    }

    /// An RFC 3339 time or Unix seconds, in milliseconds since the epoch.
    private mutating func time(_ node: YAMLNode?) -> Int64? {
        guard let node, let text = reader.string(node, field: "at") else { return nil }
        let value: Any = Double(text).map { NSNumber(value: $0) } ?? text
        do {
            return try JSONSampleFields.timestamp(value, field: "at")
        } catch {
            reader.error(
                node, "invalid time '\(text)' in field 'at'",
                hint: "write RFC 3339, e.g. 2025-06-01T22:00:00Z, or Unix seconds")
            return nil
        }
    }
}
