import Foundation
import GovernorCore
import GovernorQuery
import GovernorSeriesText

/// `input_series` and the `labels` of expected samples, both in Prometheus's series notation.
extension UnitTestFileReader {
    /// nil for an entry with field errors (already reported); a failure for notation promtool would reject when
    /// the group runs, so that only that group fails.
    mutating func readSeries(_ node: YAMLNode) -> Result<UnitTestSeries?, ExpectationError> {
        guard let fields = reader.fields(of: node, "input series", known: ["series", "values"], required: ["series"]),
            let seriesNode = fields["series"], let series = reader.string(seriesNode, field: "series")
        else { return .success(nil) }
        let values = reader.string(fields["values"], field: "values") ?? ""
        let line = series + " " + values
        do {
            let description = try SeriesDescriptionReader.read(Substring(line), line: 1)
            let expanded = description.values.map { value -> Double? in
                if case .sample(let number) = value { return number }
                return nil
            }
            return .success(UnitTestSeries(labels: description.labels, values: expanded))
        } catch {
            // Point at the character in whichever field the notation broke in.
            let offset = error.column - 1
            let location: SourceLocation
            if offset <= series.utf8.count || fields["values"] == nil {
                location = place(seriesNode, offset: min(offset, series.utf8.count))
            } else {
                location = place(fields["values"]!, offset: offset - series.utf8.count - 1)
            }
            return .failure(ExpectationError(Diagnostic.error(at: location, error.message).description))
        }
    }

    /// promtool's `parser.ParseMetric` for an expected sample's `labels`: empty text is a sample without labels.
    static func metric(_ text: String) -> Result<Labels, ExpectationError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .success(Labels()) }
        do {
            return .success(try SeriesDescriptionReader.read(Substring(trimmed + " 0"), line: 1).labels)
        } catch {
            return .failure(
                ExpectationError("labels \(quotedLabelValue(text)): \(error.line):\(error.column): \(error.message)"))
        }
    }

    private func place(_ node: YAMLNode, offset: Int) -> SourceLocation {
        guard case .scalar(let scalar) = node else { return reader.location(of: node) }
        return reader.positions.location(ofOffset: offset, in: scalar)
    }
}
