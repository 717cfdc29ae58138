import Testing

@testable import GovernorQuery

/// A series' words behave as an array of them would: copies never see each other's writes.
@Suite struct SeriesWordsTests {
    private func contents(_ words: SeriesWords) -> [UInt64] {
        words.withUnsafeBufferPointer { Array($0) }
    }

    @Test func emptyWordsHoldNothing() {
        let words = SeriesWords()
        #expect(words.count == 0)
        #expect(words.capacity == 0)
        #expect(contents(words).isEmpty)
    }

    @Test func appendsGrowTheBufferAndKeepEveryWord() {
        var words = SeriesWords()
        var expected: [UInt64] = []
        for word in UInt64(1)...300 {
            words.append(word &* 0x9E37_79B9_7F4A_7C15)
            expected.append(word &* 0x9E37_79B9_7F4A_7C15)
            #expect(words.capacity >= words.count)
        }
        #expect(contents(words) == expected)
        // Grown by about an eighth at a time, not doubled.
        #expect(words.capacity < 300 + 300 / 4)
    }

    @Test func aCopyKeepsItsWordsWhileTheOriginalChanges() {
        var words = SeriesWords()
        for word in UInt64(0)..<10 { words.append(word) }
        let copy = words
        words.append(10)
        words[0] = 99
        words.removeFirst(3)
        #expect(contents(copy) == Array(0..<10))
        #expect(contents(words) == [3, 4, 5, 6, 7, 8, 9, 10])
        var second = copy
        second[9] = 42
        #expect(contents(copy) == Array(0..<10))
        #expect(contents(second) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 42])
    }

    @Test func removingEveryWordLeavesAnEmptyBufferThatTakesMore() {
        var words = SeriesWords()
        for word in UInt64(0)..<5 { words.append(word) }
        words.removeFirst(5)
        #expect(words.count == 0)
        words.append(7)
        #expect(contents(words) == [7])
    }
}
