/// A small line with no axes, for a card: the shape of the last hours, its latest value in the description so a
/// screen reader says what the eye sees.
public struct Sparkline: Sendable {
    public var id: String
    public var title: String
    public var points: [ChartPoint]
    public var width: Double
    public var height: Double
    /// A fixed value range (0–100 for percentages); nil fits the data.
    public var values: ClosedRange<Double>?

    public init(
        id: String, title: String, points: [ChartPoint], width: Double = 160, height: Double = 36,
        values: ClosedRange<Double>? = nil
    ) {
        self.id = id
        self.title = title
        self.points = points
        self.width = width
        self.height = height
        self.values = values
    }

    public var frame: ChartFrame {
        ChartFrame(
            width: width, height: height, top: 2, bottom: 2, times: ChartFrame.timeRange(points),
            values: values ?? ChartFrame.valueRange(points))
    }

    public var svg: String {
        let finite = points.filter(\.value.isFinite)
        let description: String
        if let first = finite.first, let last = finite.last, let low = finite.map(\.value).min(),
            let high = finite.map(\.value).max()
        {
            description =
                "\(finite.count) points from \(ChartTime.clock(first.time)) to \(ChartTime.clock(last.time)) UTC; "
                + "latest \(SVGText.value(last.value)), lowest \(SVGText.value(low)), highest \(SVGText.value(high))"
        } else {
            description = "no data yet"
        }
        var out = SVGText.open(
            id: id, width: width, height: height, title: title, description: description, kind: "sparkline",
            stretch: true)
        let d = SVGText.path(points, in: frame)
        if !d.isEmpty {
            out += "<path class=\"chart-line\" d=\"\(d)\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"/>"
        }
        if let last = finite.last {
            out +=
                "<circle class=\"chart-last\" cx=\"\(SVGText.number(frame.x(last.time)))\" "
                + "cy=\"\(SVGText.number(frame.y(last.value)))\" r=\"2\" fill=\"currentColor\"/>"
        }
        return out + "</svg>"
    }
}
