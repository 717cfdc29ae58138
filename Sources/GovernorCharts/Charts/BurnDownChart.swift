/// An error budget burning down: the share of the budget left (1 = untouched, 0 = spent, below 0 = overspent),
/// drawn as a filled area over a fixed range so two objectives' charts compare at a glance.
public struct BurnDownChart: Sendable {
    public var id: String
    public var title: String
    /// Budget remaining as a ratio.
    public var points: [ChartPoint]
    public var width: Double
    public var height: Double

    public init(id: String, title: String, points: [ChartPoint], width: Double = 360, height: Double = 140) {
        self.id = id
        self.title = title
        self.points = points
        self.width = width
        self.height = height
    }

    public var frame: ChartFrame {
        let low = min(0, points.map(\.value).filter(\.isFinite).min() ?? 0)
        return ChartFrame(
            width: width, height: height, left: 56, right: 8, top: 8, bottom: 18,
            times: ChartFrame.timeRange(points), values: low...max(1, points.map(\.value).filter(\.isFinite).max() ?? 1)
        )
    }

    public var svg: String {
        let frame = self.frame
        let finite = points.filter(\.value.isFinite).sorted { $0.time < $1.time }
        let percent: @Sendable (Double) -> String = { SVGText.value($0 * 100, digits: 1) + "%" }
        var description = "no data yet"
        if let first = finite.first, let last = finite.last {
            description = "budget left went from \(percent(first.value)) to \(percent(last.value))"
            if last.value <= 0 { description += "; the budget is spent" }
        }
        var out = SVGText.open(
            id: id, width: width, height: height, title: title, description: description, kind: "burndown-chart")
        out += ChartAxes.draw(frame, valueTicks: ChartAxes.ticks(frame.values, count: 2), format: percent)
        let zero = SVGText.number(frame.y(0))
        out +=
            "<line class=\"chart-zero\" x1=\"\(SVGText.number(frame.left))\" "
            + "x2=\"\(SVGText.number(frame.width - frame.right))\" y1=\"\(zero)\" y2=\"\(zero)\" stroke=\"currentColor\"/>"
        if let first = finite.first, let last = finite.last {
            let line = SVGText.path(finite, in: frame)
            let area =
                line
                + " L\(SVGText.number(frame.x(last.time))) \(zero) L\(SVGText.number(frame.x(first.time))) \(zero) Z"
            out +=
                "<path class=\"chart-area\" d=\"\(area)\" fill=\"currentColor\" fill-opacity=\"0.15\" stroke=\"none\"/>"
            out +=
                "<path class=\"chart-line\" d=\"\(line)\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"/>"
        }
        return out + "</svg>"
    }
}
