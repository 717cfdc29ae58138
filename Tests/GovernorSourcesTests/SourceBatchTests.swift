import GovernorQuery
import GovernorSources
import Testing

@Suite struct SourceBatchTests {
    @Test func aBatchWithoutAnErrorWentWell() {
        let batch = SourceBatch(samples: [VectorSample(labels: Labels(["__name__": "up"]), timestamp: 0, value: 1)])
        #expect(batch.error == nil)
        #expect(batch.samples.count == 1)
    }
}
