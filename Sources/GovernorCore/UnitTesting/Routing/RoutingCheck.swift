import GovernorQuery

/// Checks a test group's routing, inhibition, silence and time-interval cases against the alerting
/// configuration, with the same code `governor routes test` and delivery use. Each failure names the case's
/// `file:line:col`, then what was expected and what was found.
struct RoutingCheck {
    let tests: RoutingTests
    let configuration: AlertingConfiguration

    func failures() -> [UnitTestFailure] {
        tests.routeTests.compactMap(routeFailure) + tests.inhibitTests.compactMap(inhibitFailure)
            + tests.silenceTests.compactMap(silenceFailure) + tests.mutedTests.compactMap(mutedFailure)
    }

    private func routeFailure(_ test: RouteTest) -> UnitTestFailure? {
        let matches = configuration.route.matches(test.labels)
        var mismatches: [(String, String, String)] = []
        let receivers = matches.map(\.receiver)
        if receivers != test.receivers {
            mismatches.append(("receivers", Self.list(test.receivers), Self.list(receivers)))
        }
        let options = matches.map(\.options)
        if let groupBy = test.groupBy, options.contains(where: { $0.groupBy != groupBy }) {
            mismatches.append(("group_by", Self.text(groupBy), Self.list(options.map { Self.text($0.groupBy) })))
        }
        let timings: [(String, [Int64]?, KeyPath<RouteOptions, Int64>)] = [
            ("group_wait", test.groupWait, \.groupWait), ("group_interval", test.groupInterval, \.groupInterval),
            ("repeat_interval", test.repeatInterval, \.repeatInterval),
        ]
        for (field, expected, keyPath) in timings {
            guard let expected else { continue }
            let got = options.map { $0[keyPath: keyPath] }
            // A single value is what every reached route must have.
            let wanted = expected.count == 1 ? Array(repeating: expected[0], count: got.count) : expected
            if wanted != got {
                let expectedText =
                    expected.count == 1 ? Self.duration(expected[0]) : Self.list(expected.map(Self.duration))
                mismatches.append((field, expectedText, Self.list(got.map(Self.duration))))
            }
        }
        guard !mismatches.isEmpty else { return nil }
        return failure("route_test", test.labels, test.location, mismatches)
    }

    private func inhibitFailure(_ test: InhibitTest) -> UnitTestFailure? {
        let inhibited = configuration.inhibitRules.inhibits(test.alert, amongFiring: test.firing)
        guard inhibited != test.inhibited else { return nil }
        return failure("inhibit_test", test.alert, test.location, [("inhibited", "\(test.inhibited)", "\(inhibited)")])
    }

    private func silenceFailure(_ test: SilenceTest) -> UnitTestFailure? {
        let silencedBy = configuration.silences.silencing(test.alert, at: test.at)
        switch test.expectation {
        case .silencedBy(let ids):
            guard ids.sorted() != silencedBy.sorted() else { return nil }
            return failure(
                "silence_test", test.alert, test.location, [("silenced_by", Self.list(ids), Self.list(silencedBy))])
        case .silenced(let silenced):
            guard silenced == silencedBy.isEmpty else { return nil }
            return failure(
                "silence_test", test.alert, test.location,
                [("silenced", "\(silenced)", silencedBy.isEmpty ? "false" : "true (by \(Self.list(silencedBy)))")])
        }
    }

    private func mutedFailure(_ test: MutedTest) -> UnitTestFailure? {
        let matches = configuration.route.matches(test.alert)
        let mutedRoutes = matches.map { configuration.isMuted($0, at: test.at) }
        let muted = mutedRoutes.allSatisfy { $0 }
        guard muted != test.muted else { return nil }
        let byReceiver = zip(matches, mutedRoutes).map { "\($0.receiver): \($1 ? "muted" : "sends")" }
        return failure(
            "muted_test", test.alert, test.location, [("muted", "\(test.muted)", "\(muted) \(Self.list(byReceiver))")])
    }

    private func failure(
        _ kind: String, _ labels: Labels, _ location: SourceLocation, _ mismatches: [(String, String, String)]
    ) -> UnitTestFailure {
        let labelsText = GroupKey.labelSetText(labels)
        var lines = ["    \(location): \(kind), labels: \(labelsText)"]
        for (field, expected, got) in mismatches {
            lines.append("        \(field): exp: \(expected), got: \(got)")
        }
        return UnitTestFailure(
            kind: .routing, subject: "\(kind) \(labelsText)", time: nil, message: lines.joined(separator: "\n"))
    }

    private static func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    private static func text(_ groupBy: GroupBy) -> String {
        switch groupBy {
        case .all: "[...]"
        case .labels(let names): list(names.sorted())
        }
    }

    private static func duration(_ milliseconds: Int64) -> String { PromtoolText.modelDuration(milliseconds) }
}
