import Foundation
import GovernorPromQLTest
import GovernorSeriesText

/// Reads and runs one script file for `governor conformance promql`.
enum ConformanceRun {
    struct ScriptError: Error {
        var message: String
    }

    static func results(ofScriptAt path: String) -> Result<[CaseResult], ScriptError> {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return .failure(ScriptError(message: "error: cannot read \(path): no such file or not UTF-8 text"))
        }
        do {
            let script = try TestScriptReader.read(text)
            return .success(ScriptRunner().run(script, file: path))
        } catch {
            return .failure(ScriptError(message: error.inFile(path).description))
        }
    }
}
