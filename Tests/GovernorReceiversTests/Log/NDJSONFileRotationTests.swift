import Foundation
import GovernorReceivers
import Testing

@Suite struct NDJSONFileRotationTests {
    /// A file in a fresh folder, and a reader for it and its rotated generations.
    struct Folder {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("governor-ndjson-\(UUID().uuidString)").appendingPathComponent("x.ndjson").path

        /// The lines of `x.ndjson` (generation 0) or `x.ndjson.N`; nil when that file does not exist.
        func lines(_ generation: Int = 0) -> [String]? {
            let file = generation == 0 ? path : "\(path).\(generation)"
            guard let data = FileManager.default.contents(atPath: file) else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            // Every file ends at a line's end: a split line would leave text after the last newline.
            #expect(text.hasSuffix("\n"), "\(file) ends inside a line")
            return text.split(separator: "\n").map(String.init)
        }

        func remove() { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    }

    /// Appends `line-1` … `line-N`: 6 bytes and a newline each.
    static func append(_ numbers: ClosedRange<Int>, to file: NDJSONFile) throws {
        for number in numbers { try file.append(Data("line-\(number)".utf8)) }
    }

    @Test func rotatesWhenTheNextLineWouldPassTheLimitAndKeepsTheNewestGenerations() throws {
        let folder = Folder()
        defer { folder.remove() }
        // 20 bytes hold two 7-byte lines; a third would make 21.
        let file = NDJSONFile(path: folder.path, maximumBytes: 20, keep: 2)
        try Self.append(1...2, to: file)
        #expect(folder.lines() == ["line-1", "line-2"])
        #expect(folder.lines(1) == nil)

        try Self.append(3...3, to: file)
        #expect(folder.lines() == ["line-3"])
        #expect(folder.lines(1) == ["line-1", "line-2"])

        try Self.append(4...7, to: file)
        // 5 and 7 each rotated; by 7 the generation holding lines 1 and 2 was the oldest of three, and went.
        #expect(folder.lines() == ["line-7"])
        #expect(folder.lines(1) == ["line-5", "line-6"])
        #expect(folder.lines(2) == ["line-3", "line-4"])
        #expect(folder.lines(3) == nil)
    }

    @Test func aLineThatExactlyFillsTheFileDoesNotRotate() throws {
        let folder = Folder()
        defer { folder.remove() }
        let file = NDJSONFile(path: folder.path, maximumBytes: 21, keep: 2)
        try Self.append(1...3, to: file)
        #expect(folder.lines() == ["line-1", "line-2", "line-3"])
        #expect(folder.lines(1) == nil)
    }

    @Test func aLineLongerThanTheLimitGoesWholeIntoAnEmptyFile() throws {
        let folder = Folder()
        defer { folder.remove() }
        let file = NDJSONFile(path: folder.path, maximumBytes: 4, keep: 2)
        try Self.append(1...1, to: file)
        // Nothing to rotate yet: the line is written whole rather than split or dropped.
        #expect(folder.lines() == ["line-1"])
        #expect(folder.lines(1) == nil)
        try Self.append(2...2, to: file)
        #expect(folder.lines() == ["line-2"])
        #expect(folder.lines(1) == ["line-1"])
    }

    @Test func keepZeroNeverRotates() throws {
        let folder = Folder()
        defer { folder.remove() }
        let file = NDJSONFile(path: folder.path, maximumBytes: 10, keep: 0)
        try Self.append(1...3, to: file)
        #expect(folder.lines() == ["line-1", "line-2", "line-3"])
        #expect(folder.lines(1) == nil)
    }
}
