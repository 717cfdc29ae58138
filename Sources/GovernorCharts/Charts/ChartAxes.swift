/// The axes shared by the larger charts: a few value gridlines with labels on the left, and time labels below.
enum ChartAxes {
    static func draw(_ frame: ChartFrame, valueTicks: [Double], format: (Double) -> String) -> String {
        var out = "<g class=\"chart-axes\" font-size=\"10\" fill=\"currentColor\">"
        for tick in valueTicks {
            let y = SVGText.number(frame.y(tick))
            out +=
                "<line class=\"chart-grid\" x1=\"\(SVGText.number(frame.left))\" x2=\"\(SVGText.number(frame.width - frame.right))\" "
                + "y1=\"\(y)\" y2=\"\(y)\" stroke=\"currentColor\" stroke-opacity=\"0.15\"/>"
            out +=
                "<text x=\"\(SVGText.number(frame.left - 4))\" y=\"\(y)\" text-anchor=\"end\" "
                + "dominant-baseline=\"middle\">\(SVGText.escape(format(tick)))</text>"
        }
        let times = frame.times
        let steps = 4
        for index in 0...steps {
            let time = times.lowerBound + (times.upperBound - times.lowerBound) * Int64(index) / Int64(steps)
            let anchor = index == 0 ? "start" : index == steps ? "end" : "middle"
            out +=
                "<text x=\"\(SVGText.number(frame.x(time)))\" y=\"\(SVGText.number(frame.height - 4))\" "
                + "text-anchor=\"\(anchor)\">\(ChartTime.clock(time))</text>"
        }
        return out + "</g>"
    }

    /// Evenly spaced ticks across a range, ends included.
    static func ticks(_ range: ClosedRange<Double>, count: Int = 3) -> [Double] {
        (0...count).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(count) }
    }
}
