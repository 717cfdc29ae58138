import GovernorPromQLTest
import GovernorQuery
import GovernorSeriesText

/// Plays a script's `load` and `clear` commands into a store, as `ScriptRunner` does, and hands every eval case
/// to `visit` with the store as it stands at that point.
enum ScriptReplay {
    static func run(_ script: TestScript, visit: (EvalCase, InMemoryStorage) -> Void) {
        var storage = InMemoryStorage()
        for command in script.commands {
            switch command {
            case .clear:
                storage = InMemoryStorage()
            case .load(let load):
                for sample in load.samples {
                    storage.append(labels: sample.labels, timestamp: sample.timestamp, value: sample.value)
                }
            case .eval(let evalCase):
                visit(evalCase, storage)
            }
        }
    }
}
