import GovernorConsole
import GovernorCore
import Testing

/// The keyword grammar alone: every intent from its common phrasings (the seed's three examples among them), the
/// arguments read from the words, and clarifying answers for what it cannot place.
@Suite struct GrammarTests {
    static let vocabulary = ConsoleVocabulary(
        alertNames: ["PaymentsDown", "ErrorsHigh", "ComplianceLow"], groups: ["api", "governance"])
    static let grammar = ConsoleGrammar(vocabulary: vocabulary)

    static func intent(_ text: String) -> Intent? {
        if case .intent(let intent) = grammar.interpret(text) { return intent }
        return nil
    }

    @Test(arguments: [
        ("show system status", Intent.status), ("status", .status), ("how healthy is the system?", .status),
        ("check slo", .objectives), ("show me the KPIs", .objectives), ("error budget burn", .objectives),
        ("forecast risk", .forecast), ("what is the predicted risk", .forecast),
        ("payments", .payments), ("how is revenue doing", .payments), ("finance", .payments),
        ("audit", .audit), ("recent actions", .audit), ("show the history", .audit),
        ("alerts", .alerts), ("what is firing", .alerts), ("pending alarms", .alerts),
        ("explain PaymentsDown", .explain(alert: "PaymentsDown")),
        ("why is paymentsdown firing?", .explain(alert: "PaymentsDown")),
        ("explain SomethingElse", .explain(alert: "SomethingElse")),
        (
            "routes alertname=PaymentsDown severity=critical",
            .routes(labels: ["alertname": "PaymentsDown", "severity": "critical"])
        ),
        ("who would be told about ErrorsHigh", .routes(labels: ["alertname": "ErrorsHigh"])),
    ])
    func readingIntents(text: String, expected: Intent) {
        #expect(Self.intent(text) == expected, "\(text)")
        #expect(expected.changes == false)
    }

    @Test(arguments: [
        (
            "silence PaymentsDown for 2h", OpsAction.silence,
            ["matchers": JSONValue.array([.string(#"alertname="PaymentsDown""#)]), "duration": .string("2h")]
        ),
        (
            "mute paymentsdown 30m", .silence,
            ["matchers": .array([.string(#"alertname="PaymentsDown""#)]), "duration": .string("30m")]
        ),
        (
            #"silence alertname="ErrorsHigh" severity=~"crit.*" for 1h30m"#, .silence,
            [
                "matchers": .array([.string(#"alertname="ErrorsHigh""#), .string(#"severity=~"crit.*""#)]),
                "duration": .string("1h30m"),
            ]
        ),
        (
            "expire silence 0f8fad5b-d9cb-469f-a165-70867728950e", .expireSilence,
            ["id": .string("0f8fad5b-d9cb-469f-a165-70867728950e")]
        ),
        ("unsilence abc123", .expireSilence, ["id": .string("abc123")]),
        ("run governance now", .runGovernance, [:]), ("trigger a compliance pass", .runGovernance, [:]),
        ("run the forecast now", .runForecast, [:]), ("forecast now", .runForecast, [:]),
        ("pause group api", .pauseGroup, ["group": .string("api")]),
        ("suspend API", .pauseGroup, ["group": .string("api")]),
        ("resume group api", .resumeGroup, ["group": .string("api")]),
        ("unpause governance", .resumeGroup, ["group": .string("governance")]),
        ("reload policies", .reload, [:]), ("reload", .reload, [:]),
    ])
    func changingIntents(text: String, action: OpsAction, arguments: [String: JSONValue]) throws {
        let intent = try #require(Self.intent(text), "\(text)")
        #expect(intent == .action(try OpsActionRequestText(action, arguments)), "\(text)")
        #expect(intent.changes)
    }

    @Test(arguments: [
        ("", "Ask for something"),
        ("make me a sandwich", "I don't know how to do that"),
        ("silence PaymentsDown", "For how long?"),
        ("silence for 2h", "Silence which alert?"),
        ("silence PaymentsDown for forever", "For how long?"),
        ("explain", "Explain which alert?"),
        ("routes", "Routes for which labels?"),
        ("pause", "Which group?"),
        ("expire silence", "Expire which silence?"),
        ("status of payments", "more than one thing"),
    ])
    func unknownAmbiguousAndIncompleteRequestsGetAClarifyingAnswer(text: String, message: String) throws {
        guard case .clarify(let clarification) = Self.grammar.interpret(text) else {
            Issue.record("\(text) was not clarified")
            return
        }
        #expect(clarification.message.contains(message), "\(clarification.message)")
        #expect(!clarification.suggestions.isEmpty)
        #expect(clarification.text.contains(clarification.suggestions[0].usage))
    }

    @Test func theClosestIntentsOfATypoAreSuggested() throws {
        guard case .clarify(let clarification) = Self.grammar.interpret("stauts") else {
            Issue.record("not clarified")
            return
        }
        #expect(clarification.suggestions.first == .status)
        guard case .clarify(let other) = Self.grammar.interpret("forcast") else { return }
        #expect(other.suggestions.first == .forecast)
    }

    @Test func aStatusAndPaymentsTieListsBoth() {
        guard case .clarify(let clarification) = Self.grammar.interpret("status of payments") else {
            Issue.record("not clarified")
            return
        }
        #expect(Set(clarification.suggestions) == [.status, .payments])
    }
}
