import Testing

@testable import GovernorQuery

@Suite struct SeriesColumnsTests {
    private func columns(_ timestamps: [Timestamp]) -> SeriesColumns {
        var columns = SeriesColumns()
        for timestamp in timestamps { _ = columns.insert(timestamp: timestamp, value: Double(timestamp)) }
        return columns
    }

    @Test func windowIncludesBothExactBoundaries() {
        let series = columns([0, 15, 30, 45, 60])
        #expect(series.window(from: 15, through: 45) == 1..<4)
        #expect(series.window(from: 14, through: 46) == 1..<4)
        #expect(series.window(from: 16, through: 44) == 2..<3)
        #expect(series.window(from: 60, through: 60) == 4..<5)
        #expect(series.window(from: 0, through: 0) == 0..<1)
    }

    @Test func windowOutsideTheSamplesIsEmpty() {
        let series = columns([0, 15, 30])
        #expect(series.window(from: 31, through: 100).isEmpty)
        #expect(series.window(from: -100, through: -1).isEmpty)
        #expect(series.window(from: 16, through: 29).isEmpty)
        #expect(series.window(from: 30, through: 0).isEmpty)
        #expect(SeriesColumns().window(from: .min, through: .max).isEmpty)
    }

    @Test func windowAcceptsTheExtremesOfTime() {
        let series = columns([.min, 0, .max])
        #expect(series.window(from: .min, through: .max) == 0..<3)
        #expect(series.window(from: .max, through: .max) == 2..<3)
    }

    @Test func insertReportsWhetherASampleWasAdded() {
        var series = SeriesColumns()
        let addedFirst = series.insert(timestamp: 10, value: 1)
        let addedEarlier = series.insert(timestamp: 5, value: 2)
        let addedDuplicate = series.insert(timestamp: 10, value: 3)
        #expect(addedFirst)
        #expect(addedEarlier)
        #expect(!addedDuplicate)
        #expect(series.timestamps == [5, 10])
        #expect(series.values == [2, 3])
    }
}
