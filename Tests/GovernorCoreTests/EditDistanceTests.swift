import GovernorCore
import Testing

@Suite struct EditDistanceTests {
    @Test func countsInsertionsDeletionsAndSubstitutions() {
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("same", "same") == 0)
        #expect(EditDistance.between("trehshold", "threshold") == 2)
    }

    @Test func suggestsOnlyCloseNames() {
        let fields = ["histogram", "threshold", "selector"]
        #expect(EditDistance.hint(for: "trehshold", among: fields) == "did you mean 'threshold'?")
        #expect(EditDistance.hint(for: "selectr", among: fields) == "did you mean 'selector'?")
        #expect(EditDistance.hint(for: "window", among: fields) == nil)
    }
}
