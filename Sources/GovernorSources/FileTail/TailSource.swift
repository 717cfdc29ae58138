import Foundation
public import GovernorCore
public import GovernorQuery

/// Follows one NDJSON file and turns each complete line into a sample (`value:`) or a counter increment
/// (`count:`) of the declared metric, with labels taken from the line's fields.
///
/// Its promise: every complete line is counted exactly once, across restarts too. The read position and the
/// counter totals are saved together through the `TailPositionStore` after every read, and a restart resumes
/// from them. A line is complete once its newline is written; a half-written last line waits. A file replaced
/// at its path (a new inode: log rotation) is first read to its end, then the new file is read from its start;
/// a file that shrank below the saved position (truncation) is read again from its start. A malformed line is
/// counted in `governor_tail_malformed_lines_total{path}` and named with its line number in the batch's error,
/// and the tail goes on. A missing file is an error of the batch until it appears.
public actor TailSource: MetricSource {
    public nonisolated let name: String
    public nonisolated let interval: Int64
    public nonisolated let path: String
    private let mapper: TailLineMapper
    private let store: any TailPositionStore
    /// Bytes read at most per collection, so a large backlog is worked off over several ticks, not in one.
    private let readLimit: Int
    private let chunkSize: Int

    private var loaded = false
    private var file: TailedFile?
    private var position: TailPosition?
    private var gauges: [Labels: Double] = [:]
    private var malformed = 0.0

    public init(
        _ declaration: TailDeclaration, store: any TailPositionStore, chunkSize: Int = 1 << 20,
        readLimit: Int = 64 << 20
    ) {
        name = "tail \(declaration.path)"
        interval = declaration.interval
        path = declaration.path
        mapper = TailLineMapper(declaration)
        self.store = store
        self.chunkSize = chunkSize
        self.readLimit = readLimit
    }

    public func collect(at time: Timestamp) async -> SourceBatch {
        var problems: [String] = []
        if !loaded {
            do {
                position = try await store.position(of: path)
                loaded = true
            } catch {
                return SourceBatch(samples: [], error: "\(path): cannot load the saved read position: \(error)")
            }
        }
        let before = position
        var lineErrors: [String] = []
        if let openError = readNewLines(&lineErrors) { problems.append(openError) }
        if let position, position != before {
            do {
                try await store.save(position, of: path)
            } catch {
                problems.append("\(path): cannot save the read position: \(error)")
            }
        }
        if !lineErrors.isEmpty {
            let shown = lineErrors.prefix(10).joined(separator: "; ")
            problems.append(
                lineErrors.count > 10 ? "\(shown); and \(lineErrors.count - 10) more malformed lines" : shown)
        }
        return SourceBatch(samples: samples(at: time), error: problems.isEmpty ? nil : problems.joined(separator: "; "))
    }

    private func samples(at time: Timestamp) -> [VectorSample] {
        var samples = (position?.counters ?? [:]).merging(gauges) { counter, _ in counter }
            .map { VectorSample(labels: $0.key, timestamp: time, value: $0.value) }
            .sorted { $0.labels < $1.labels }
        samples.append(
            VectorSample(
                labels: ["__name__": "governor_tail_malformed_lines_total", "path": path], timestamp: time,
                value: malformed))
        return samples
    }

    /// Reads what was appended since the last read, following a rotation or truncation; returns why the file
    /// could not be opened, if it could not.
    private func readNewLines(_ lineErrors: inout [String]) -> String? {
        let current = TailedFile.identity(of: path)
        if let open = file, current.map({ $0 != (open.device, open.inode) }) ?? true {
            // Rotated away (or deleted): finish what was written to it, then start on whatever replaced it.
            consume(open, &lineErrors)
            file = nil
            position?.offset = 0
            position?.lines = 0
        }
        if file == nil {
            guard let opened = TailedFile(path: path) else {
                return "\(path): cannot be opened (\(String(cString: strerror(errno))))"
            }
            file = opened
            let counters = position?.counters ?? [:]
            if let saved = position, saved.device == opened.device, saved.inode == opened.inode {
                position = saved
            } else {
                // Never read, or replaced while Governor was not running: the new file is read from its start.
                position = TailPosition(
                    device: opened.device, inode: opened.inode, offset: 0, lines: 0, counters: counters)
            }
        }
        guard let file, var position else { return nil }
        if file.size < position.offset {
            position.offset = 0
            position.lines = 0
        }
        self.position = position
        consume(file, &lineErrors)
        return nil
    }

    /// Reads complete lines from the position on, up to the read limit.
    private func consume(_ file: TailedFile, _ lineErrors: inout [String]) {
        guard var position, position.device == file.device, position.inode == file.inode else { return }
        var budget = readLimit
        while budget > 0 {
            let chunk = file.read(from: position.offset, count: min(chunkSize, budget))
            guard !chunk.isEmpty else { break }
            guard let lastNewline = chunk.lastIndex(of: UInt8(ascii: "\n")) else {
                guard chunk.count == chunkSize else { break }  // a half-written last line: wait for its newline
                position.lines += 1
                malformed += 1
                lineErrors.append("\(path):\(position.lines): \(TailLineError.tooLong(chunkSize))")
                position.offset += UInt64(chunk.count)
                budget -= chunk.count
                continue
            }
            for line in chunk[...lastNewline].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                .dropLast()
            {
                position.lines += 1
                apply(line, number: position.lines, to: &position, &lineErrors)
            }
            position.offset += UInt64(lastNewline + 1)
            budget -= lastNewline + 1
            if chunk.count < chunkSize { break }
        }
        self.position = position
    }

    private func apply(
        _ line: ArraySlice<UInt8>, number: Int, to position: inout TailPosition, _ lineErrors: inout [String]
    ) {
        let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        guard trimmed.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return }
        switch mapper.map(trimmed) {
        case .success((let labels, .add(let increment))): position.counters[labels, default: 0] += increment
        case .success((let labels, .set(let value))): gauges[labels] = value
        case .failure(let error):
            malformed += 1
            lineErrors.append("\(path):\(number): \(error)")
        }
    }
}
