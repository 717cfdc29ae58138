import Testing

@testable import GovernorQuery

@Suite struct FunctionRegistryTests {
    @Test func everySignatureHasAnImplementation() {
        let missing = FunctionSignature.all.keys.filter { FunctionRegistry.implementation(named: $0) == nil }
        #expect(missing.isEmpty, "no implementation for \(missing.sorted())")
    }

    @Test func unknownNameHasNoImplementation() {
        #expect(FunctionRegistry.implementation(named: "xrate") == nil)
    }

    @Test func onlyLastOverTimeKeepsTheMetricName() {
        var keeping: [String] = []
        for name in FunctionSignature.all.keys {
            if case .overRange(let keepsMetricName, _) = FunctionRegistry.implementation(named: name), keepsMetricName {
                keeping.append(name)
            }
        }
        #expect(keeping == ["last_over_time"])
    }
}
