import GovernorQuery
import Testing

@Suite struct QueryResultJSONTests {
    @Test func vector() {
        let value = Value.vector([
            VectorSample(labels: ["__name__": "up", "job": "api"], timestamp: 1_435_781_451_781, value: 1)
        ])
        #expect(
            QueryResultJSON.data(value)
                == #"{"resultType":"vector","result":[{"metric":{"__name__":"up","job":"api"},"value":[1435781451.781,"1"]}]}"#
        )
    }

    @Test func emptyVector() {
        #expect(QueryResultJSON.data(.vector([])) == #"{"resultType":"vector","result":[]}"#)
    }

    @Test func scalarAndString() {
        #expect(QueryResultJSON.data(.scalar(.infinity, 1_000)) == #"{"resultType":"scalar","result":[1,"+Inf"]}"#)
        #expect(QueryResultJSON.data(.string("a\"b", 0)) == #"{"resultType":"string","result":[0,"a\"b"]}"#)
    }

    @Test func matrix() {
        let value = Value.matrix([
            RangeSeries(
                labels: ["a": "b"],
                points: [FloatPoint(timestamp: 0, value: 1), FloatPoint(timestamp: 60_000, value: 0.5)])
        ])
        #expect(
            QueryResultJSON.data(value)
                == #"{"resultType":"matrix","result":[{"metric":{"a":"b"},"values":[[0,"1"],[60,"0.5"]]}]}"#)
    }

    @Test func labelValuesAreEscapedLikeGo() {
        let value = Value.vector([VectorSample(labels: ["a": "<&>\n\t\u{01}\\"], timestamp: 0, value: 0)])
        #expect(
            QueryResultJSON.data(value)
                == #"{"resultType":"vector","result":[{"metric":{"a":"\u003c\u0026\u003e\n\t\u0001\\"},"value":[0,"0"]}]}"#
        )
    }
}

@Suite struct QueryResultTextTests {
    private let samples = [
        VectorSample(labels: ["job": "b"], timestamp: 0, value: 2),
        VectorSample(labels: ["__name__": "up", "job": "a"], timestamp: 0, value: 0.5),
        VectorSample(labels: ["job": "a"], timestamp: 0, value: 1),
    ]

    @Test func vectorLinesAreOrderedByLabels() {
        #expect(QueryResultText.lines(.vector(samples)) == [#"up{job="a"} 0.5"#, #"{job="a"} 1"#, #"{job="b"} 2"#])
    }

    @Test func sortedQueriesKeepTheirOrder() {
        #expect(
            QueryResultText.lines(.vector(samples), keepingOrder: true)
                == [#"{job="b"} 2"#, #"up{job="a"} 0.5"#, #"{job="a"} 1"#])
    }

    @Test func scalarIsJustTheValue() {
        #expect(QueryResultText.lines(.scalar(1e21, 0)) == ["1000000000000000000000"])
    }

    @Test func emptyLabelSet() {
        #expect(QueryResultText.lines(.vector([VectorSample(labels: [:], timestamp: 0, value: 3)])) == ["{} 3"])
    }
}
