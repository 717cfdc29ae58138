/// The store's handle for one series: its position in creation order.
///
/// Four bytes rather than eight because postings lists hold one per series per label. Ids grow as
/// series are created, so appending a new series to a postings list keeps that list sorted, and
/// creation order is also the order Prometheus's head block returns series in.
typealias SeriesID = UInt32
