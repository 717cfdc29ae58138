import Testing

@testable import GovernorQuery

@Suite struct LabelInternerTests {
    @Test func equalStringsShareOneID() {
        var interner = LabelInterner()
        let first = interner.intern("job")
        let second = interner.intern("instance")
        #expect(interner.intern(String("jo") + "b") == first)
        #expect(first != second)
        #expect(interner[second] == "instance")
        #expect(interner.id(of: "instance") == second)
        #expect(interner.id(of: "never") == nil)
        #expect(interner.count == 2)
    }
}
