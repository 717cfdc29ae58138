import Testing

@testable import GovernorQuery

@Suite struct AbsentTests {
    private let here = SourceRange(start: 0, end: 0)

    private func selector(_ matchers: [(String, MatchType, String)]) throws -> VectorSelector {
        let built = try matchers.map { try LabelMatcher(name: $0.0, type: $0.1, value: $0.2) }
        return VectorSelector(name: "nonexistent", matchers: built, range: here)
    }

    private func absentLabels(_ matchers: [(String, MatchType, String)]) throws -> Value {
        try callInstant("absent", [.vector([])], expressions: [.vectorSelector(try selector(matchers))], at: 7)
    }

    @Test func labelsComeFromSingleEqualityMatchers() throws {
        #expect(vectorSamples(try absentLabels([("__name__", .equal, "nonexistent")])) == [sample([:], 1, at: 7)])
        let pinned = try absentLabels([
            ("__name__", .equal, "nonexistent"), ("job", .equal, "testjob"), ("instance", .equal, "testinstance"),
            ("method", .regexMatch, ".x"),
        ])
        #expect(vectorSamples(pinned) == [sample(["instance": "testinstance", "job": "testjob"], 1, at: 7)])
        let repeated = try absentLabels([
            ("job", .equal, "testjob"), ("job", .equal, "testjob2"), ("foo", .equal, "bar"),
        ])
        #expect(vectorSamples(repeated) == [sample(["foo": "bar"], 1, at: 7)])
        let mixed = try absentLabels([
            ("job", .equal, "testjob"), ("job", .regexMatch, "testjob2"), ("foo", .equal, "bar"),
        ])
        #expect(vectorSamples(mixed) == [sample(["foo": "bar"], 1, at: 7)])
    }

    @Test func presentInputGivesNothing() throws {
        let result = try callInstant("absent", [.vector([sample(["a": "b"], 1)])], expressions: [])
        #expect(vectorSamples(result).isEmpty)
    }

    @Test func nonSelectorArgumentsGiveNoLabels() throws {
        let wrapped = Expr.paren(ParenExpr(expr: .vectorSelector(try selector([("job", .equal, "x")])), range: here))
        let result = try callInstant("absent", [.vector([])], expressions: [wrapped])
        #expect(vectorSamples(result) == [sample([:], 1)])
    }

    @Test func absentOverTimeLooksAtPointsInTheWindow() throws {
        let matrixSelector = MatrixSelector(
            selector: try selector([("handler", .equal, "/foo"), ("instance", .equal, "127.0.0.1")]),
            duration: minutes(5),
            range: here)
        let expressions = [Expr.matrixSelector(matrixSelector)]
        let empty = try callInstant(
            "absent_over_time", [.matrix([RangeSeries(labels: ["a": "b"], points: [])])], expressions: expressions)
        #expect(vectorSamples(empty) == [sample(["handler": "/foo", "instance": "127.0.0.1"], 1)])
        let present = RangeSeries(labels: ["a": "b"], points: [FloatPoint(timestamp: 0, value: 1)])
        #expect(
            vectorSamples(try callInstant("absent_over_time", [.matrix([present])], expressions: expressions)).isEmpty)
    }
}
