import GovernorQuery
import GovernorRemoteWrite
import Testing

@Suite struct RemoteWriteBodyTests {
    @Test func whatIsEncodedDecodesToTheSameSamples() throws {
        let body = RemoteWriteBody.encode([
            (["__name__": "up", "job": "node"], [(1_000, 1), (2_000, 0)]),
            (["__name__": "x", "a": "b"], [(1_500, 0.25)]),
        ])
        let decoded = try RemoteWriteBody.decode(body, limit: 1 << 20)
        #expect(decoded.refused.isEmpty)
        #expect(
            decoded.samples == [
                VectorSample(labels: ["__name__": "up", "job": "node"], timestamp: 1_000, value: 1),
                VectorSample(labels: ["__name__": "up", "job": "node"], timestamp: 2_000, value: 0),
                VectorSample(labels: ["__name__": "x", "a": "b"], timestamp: 1_500, value: 0.25),
            ])
    }

    @Test func staleMarkersSurviveBitForBit() throws {
        let stale = Double(bitPattern: 0x7ff0_0000_0000_0002)
        let decoded = try RemoteWriteBody.decode(
            RemoteWriteBody.encode([(["__name__": "up"], [(1_000, stale)])]), limit: 1 << 20)
        #expect(decoded.samples.first?.value.bitPattern == stale.bitPattern)
    }

    @Test(arguments: [
        ([UInt8](), "the body is not snappy block-compressed data (its length header is invalid)"),
        (
            [0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
            "the body is not snappy block-compressed data (its length header is invalid)"
        ),
        ([0x05, 0x00, 0x01], "the body is corrupt snappy block-compressed data"),
    ])
    func bodiesThatAreNotSnappyAreRefusedWithTheReason(body: [UInt8], message: String) {
        #expect(throws: RemoteWriteError(message)) { try RemoteWriteBody.decode(body, limit: 1 << 20) }
    }

    @Test func snappyThatIsNotProtobufIsRefused() {
        let body = SnappyBlock.compress(Array("this is not a protobuf message at all".utf8))
        let error = #expect(throws: RemoteWriteError.self) { try RemoteWriteBody.decode(body, limit: 1 << 20) }
        #expect(error?.description.hasPrefix("the body is not a remote write WriteRequest: ") == true)
    }

    @Test func aBodyClaimingMoreThanTheLimitIsRefusedBeforeDecompressing() {
        let body = SnappyBlock.compress([UInt8](repeating: 0, count: 10_000))
        #expect(throws: RemoteWriteError("the body decompresses to 10000 bytes, over the limit of 1000")) {
            try RemoteWriteBody.decode(body, limit: 1_000)
        }
    }

    @Test func seriesWithBadLabelsAreSetAsideAndTheRestKept() throws {
        let body = RemoteWriteBody.encode([
            (["__name__": "good"], [(1_000, 1)]),
            (["__name__": "1bad"], [(1_000, 1)]),
            (["job": "nameless"], [(1_000, 1)]),
            (
                Labels(sortedUnchecked: [Label(name: "__name__", value: "x"), Label(name: "bad-name", value: "v")]),
                [(1_000, 1)]
            ),
        ])
        let decoded = try RemoteWriteBody.decode(body, limit: 1 << 20)
        #expect(decoded.samples.map(\.labels) == [["__name__": "good"]])
        #expect(
            decoded.refused == [
                "invalid metric name \"1bad\"", "a series without a metric name (__name__): {job=\"nameless\"}",
                "invalid label name \"bad-name\"",
            ])
    }
}
