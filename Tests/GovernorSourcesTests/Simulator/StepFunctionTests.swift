import Testing

@testable import GovernorSources

@Suite struct StepFunctionTests {
    @Test func integratesEachStepForItsDuration() {
        let rate = StepFunction.window(2, 10, from: 60, until: 90)
        #expect(rate.integral(to: 0) == 0)
        #expect(rate.integral(to: 60) == 120)
        #expect(rate.integral(to: 75) == 120 + 150)
        #expect(rate.integral(to: 120) == 120 + 300 + 60)
        #expect(rate.value(at: 59) == 2)
        #expect(rate.value(at: 60) == 10)
        #expect(rate.value(at: 90) == 2)
        #expect(rate.minimum == 2)
    }

    @Test func combinesPointwise() {
        let share = StepFunction.step(from: 0.5, to: 0.25, at: 30)
        let total = StepFunction.step(from: 4, to: 8, at: 60)
        let product = total * share
        #expect([0, 30, 60].map(product.value(at:)) == [2, 1, 2])
        #expect((total + share).value(at: 45) == 4.25)
    }

    @Test func noiseIsTheSameForTheSameSeedSeriesAndStep() {
        let noise = DeterministicNoise(seed: 5)
        let values = (0..<1_000).map { noise.unit(series: DeterministicNoise.key("a"), step: Int64($0)) }
        #expect(values.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(values == (0..<1_000).map { noise.unit(series: DeterministicNoise.key("a"), step: Int64($0)) })
        #expect(
            values
                != (0..<1_000).map {
                    DeterministicNoise(seed: 6).unit(series: DeterministicNoise.key("a"), step: Int64($0))
                })
        // Roughly uniform: the mean of 1,000 draws is within 0.05 of a half.
        #expect(abs(values.reduce(0, +) / 1_000 - 0.5) < 0.05)
    }
}
