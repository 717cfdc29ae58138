/// `resets` and `changes`: how often a series' value dropped, or changed at all, inside the window.
enum ResetsAndChanges {
    static func resets(_ input: RangeFunctionInput) -> Double? {
        countTransitions(input.points) { previous, current in current < previous }
    }

    static func changes(_ input: RangeFunctionInput) -> Double? {
        // Two NaNs in a row are no change, although NaN != NaN.
        countTransitions(input.points) { previous, current in
            current != previous && !(current.isNaN && previous.isNaN)
        }
    }

    private static func countTransitions(
        _ points: ArraySlice<FloatPoint>, where isTransition: (Double, Double) -> Bool
    ) -> Double? {
        guard var previous = points.first?.value else { return nil }
        var count = 0
        for point in points.dropFirst() {
            if isTransition(previous, point.value) { count += 1 }
            previous = point.value
        }
        return Double(count)
    }
}
