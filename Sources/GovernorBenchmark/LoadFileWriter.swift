import GovernorQuery

/// Writes a dataset as a promqltest `load` block, the input of `governor eval --load`.
enum LoadFileWriter {
    static func text(for dataset: SyntheticDataset) -> String {
        let interval = SyntheticDataset.scrapeInterval / 1000
        var text = "load \(interval)s\n"
        text.reserveCapacity(dataset.seriesCount * 90)
        for series in dataset.allSeries {
            text += "    \(SeriesNotation.selector(series.labels)) \(SeriesNotation.values(series))\n"
        }
        return text
    }
}

/// How a generated series is spelled in both promqltest and promtool input.
enum SeriesNotation {
    /// `name{a="b",c="d"}`: the metric name outside the braces, other labels sorted inside.
    static func selector(_ labels: Labels) -> String {
        let body = labels.pairs.filter { $0.name != Labels.metricName }
            .map { "\($0.name)=\(quotedLabelValue($0.value))" }
            .joined(separator: ",")
        return "\(labels.metricName ?? ""){\(body)}"
    }

    /// `initial+incrementxN`, which expands to N+1 samples.
    static func values(_ series: CounterSeries) -> String {
        "\(series.initial)+\(series.increment)x\(SyntheticDataset.samplesPerSeries - 1)"
    }
}
