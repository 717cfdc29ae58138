import Testing

@testable import GovernorQuery

/// `setting(sorted:)` must give what the same labels set one at a time with `setting(_:to:)` give.
@Suite struct LabelsSettingTests {
    @Test func settingManyAtOnceMatchesSettingOneAtATime() {
        var random = SeededGenerator(seed: 7)
        let names = ["__name__", "a", "alertname", "alertstate", "b", "job", "z"]
        let values = ["", "", "x", "y", "ALERTS"]
        for _ in 0..<2_000 {
            var start: [String: String] = [:]
            for name in names where Bool.random(using: &random) {
                start[name] = values.randomElement(using: &random)!
            }
            let labels = Labels(start)
            let overrides = names.filter { _ in Bool.random(using: &random) }.map {
                (name: $0, value: values.randomElement(using: &random)!)
            }
            var expected = labels
            for (name, value) in overrides { expected = expected.setting(name, to: value) }
            let actual = labels.setting(sorted: Labels.sortedOverrides(overrides))
            #expect(actual == expected, "\(labels) with \(overrides)")
            if actual != expected { return }
        }
    }

    @Test func aLaterOverrideOfTheSameNameWins() {
        let overrides = Labels.sortedOverrides([("__name__", ""), ("job", "a"), ("__name__", "x"), ("job", "")])
        #expect(
            Labels(["__name__": "up", "job": "b", "k": "v"]).setting(sorted: overrides)
                == Labels(["__name__": "x", "k": "v"]))
    }
}
