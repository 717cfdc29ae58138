import GovernorCharts
import Testing

/// Each chart's SVG is well-formed XML, is labelled for screen readers, and puts every point where its frame's
/// maps say the data goes.
struct ChartTests {
    static let minute: Int64 = 60_000
    static let wave = (0..<30).map { ChartPoint(time: 1_000_000 + Int64($0) * minute, value: Double(($0 * 7) % 11)) }

    static func accessible(_ document: SVGDocument, id: String, file: StaticString = #filePath) {
        let svg = document.all("svg").first
        #expect(svg?.attributes["role"] == "img")
        #expect(svg?.attributes["aria-labelledby"] == "\(id)-title \(id)-desc")
        #expect(document.all("title").first?.attributes["id"] == "\(id)-title")
        #expect(document.all("desc").first.map { !$0.text.isEmpty } == true)
    }

    @Test func aSparklinePlacesEveryPointWhereTheDataSays() throws {
        let chart = Sparkline(id: "cpu", title: "CPU <percent> & load", points: Self.wave)
        let document = try #require(SVGDocument.parse(chart.svg))
        Self.accessible(document, id: "cpu")
        #expect(document.all("title").first?.text == "CPU <percent> & load")
        let d = try #require(document.all("path", class: "chart-line").first?.attributes["d"])
        let drawn = SVGDocument.subpaths(d).flatMap { $0 }
        #expect(drawn.count == Self.wave.count)
        let frame = chart.frame
        for (point, (x, y)) in zip(Self.wave, drawn) {
            #expect(abs(x - frame.x(point.time)) <= 0.05 && abs(y - frame.y(point.value)) <= 0.05)
        }
        let top = drawn.map(\.1).min()
        let highest = Self.wave.max { $0.value < $1.value }!
        #expect(top == drawn[Self.wave.firstIndex(of: highest)!].1, "the highest value is drawn highest")
        #expect(document.all("desc").first?.text.contains("latest \(Int(Self.wave.last!.value))") == true)
    }

    @Test func aGapBreaksTheLineInsteadOfJoiningAcrossIt() throws {
        var points = Self.wave
        points[10].value = .nan
        points[20].value = .infinity
        let chart = Sparkline(id: "gap", title: "gap", points: points)
        let d = try #require(SVGDocument.parse(chart.svg)?.all("path", class: "chart-line").first?.attributes["d"])
        #expect(SVGDocument.subpaths(d).map(\.count) == [10, 9, 9])
    }

    @Test func noDataDrawsNoLineAndSaysSo() throws {
        let document = try #require(SVGDocument.parse(Sparkline(id: "empty", title: "nothing", points: []).svg))
        #expect(document.all("path").isEmpty)
        #expect(document.all("desc").first?.text == "no data yet")
    }

    @Test func theSLIChartDrawsItsTargetAndMarksEachPointBelowIt() throws {
        let points = Self.wave.map { ChartPoint(time: $0.time, value: 0.99 + $0.value / 1_000) }
        let chart = TargetLineChart(
            id: "sli-availability", title: "availability SLI", points: points, target: 0.995, values: 0.98...1)
        let document = try #require(SVGDocument.parse(chart.svg))
        Self.accessible(document, id: "sli-availability")
        let target = try #require(document.all("line", class: "chart-target").first)
        #expect(Double(target.attributes["y1"] ?? "") == (chart.frame.y(0.995) * 10).rounded() / 10)
        let below = points.filter { $0.value < 0.995 }
        #expect(!below.isEmpty && below.count < points.count)
        let marks = document.all("circle", class: "chart-breach")
        #expect(marks.count == below.count)
        for (mark, point) in zip(marks, below) {
            #expect(abs((Double(mark.attributes["cx"] ?? "") ?? -1) - chart.frame.x(point.time)) <= 0.05)
        }
        #expect(document.all("desc").first?.text.contains("\(below.count) of \(points.count) points below") == true)
    }

    @Test func theBurnDownFillsDownToZeroAndSaysWhenTheBudgetIsSpent() throws {
        let points = (0..<10).map { ChartPoint(time: Int64($0) * Self.minute, value: 1 - Double($0) * 0.15) }
        let chart = BurnDownChart(id: "budget", title: "budget", points: points)
        let document = try #require(SVGDocument.parse(chart.svg))
        #expect(chart.frame.values.lowerBound <= points.last!.value, "an overspent budget stays on the chart")
        let zero = try #require(document.all("line", class: "chart-zero").first)
        #expect(abs((Double(zero.attributes["y1"] ?? "") ?? 0) - chart.frame.y(0)) <= 0.05)
        let area = try #require(document.all("path", class: "chart-area").first?.attributes["d"])
        #expect(area.hasSuffix("Z"))
        #expect(document.all("desc").first?.text == "budget left went from 100% to -35%; the budget is spent")
    }

    @Test func theTimelineDrawsEachSpanAndNotificationAtItsTime() throws {
        let from: Int64 = 0
        let to: Int64 = 120 * Self.minute
        let rows = [
            AlertTimeline.Row(
                label: "PaymentFailureRateHigh",
                spans: [
                    .init(state: .pending, start: 60 * Self.minute, end: 75 * Self.minute),
                    .init(state: .firing, start: 75 * Self.minute, end: 105 * Self.minute),
                ], marks: [.init(time: 75 * Self.minute, status: "firing", receivers: ["telegram"])]),
            AlertTimeline.Row(
                label: "Still <going>", spans: [.init(state: .firing, start: 100 * Self.minute, end: nil)], marks: []),
        ]
        let chart = AlertTimeline(id: "timeline", title: "alerts", rows: rows, from: from, to: to)
        let document = try #require(SVGDocument.parse(chart.svg))
        Self.accessible(document, id: "timeline")
        let spans = document.all("rect", class: "timeline-span")
        #expect(spans.map { $0.attributes["data-state"] } == ["pending", "firing", "firing"])
        for (rect, span) in zip(spans, rows.flatMap(\.spans)) {
            let x = Double(rect.attributes["x"] ?? "") ?? -1
            let width = Double(rect.attributes["width"] ?? "") ?? -1
            #expect(abs(x - chart.frame.x(span.start)) <= 0.05)
            #expect(abs(x + width - chart.frame.x(span.end ?? to)) <= 0.1)
        }
        #expect(document.all("title").contains { $0.text == "Still <going>: firing from 01:40 to the end" })
        let marks = document.all("path", class: "timeline-mark")
        #expect(marks.map { $0.attributes["data-time"] } == ["\(75 * Self.minute)"])
        #expect(document.all("title").contains { $0.text.contains("firing notification at 01:15 to telegram") })
    }

    @Test func anIdWithQuotesCannotBreakOutOfItsAttribute() throws {
        let document = try #require(SVGDocument.parse(Sparkline(id: "a\"b<c", title: "t", points: Self.wave).svg))
        #expect(document.all("title").first?.attributes["id"] == "a\"b<c-title")
    }

    @Test func numbersAreWrittenCompactly() {
        #expect(SVGText.number(12.34) == "12.3")
        #expect(SVGText.number(-0.04) == "0")
        #expect(SVGText.number(-0.25) == "-0.3" || SVGText.number(-0.25) == "-0.2")
        #expect(SVGText.number(7) == "7")
        #expect(SVGText.value(0.12345) == "0.12")
        #expect(SVGText.value(.nan) == "NaN")
        #expect(ChartTime.clock(-60_000) == "23:59")
        #expect(ChartTime.span(150 * 60_000) == "2h 30m")
    }
}
