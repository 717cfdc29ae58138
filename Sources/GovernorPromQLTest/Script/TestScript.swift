public import GovernorSeriesText

/// One step of a promqltest script.
public enum ScriptCommand: Sendable, Hashable {
    case load(LoadCommand)
    /// Wipes every loaded sample.
    case clear(line: Int)
    case eval(EvalCase)
}

/// A parsed promqltest script, commands in file order.
public struct TestScript: Sendable, Hashable {
    public var commands: [ScriptCommand]

    public init(commands: [ScriptCommand]) { self.commands = commands }

    public var evalCases: [EvalCase] {
        commands.compactMap { command in
            if case .eval(let evalCase) = command { return evalCase }
            return nil
        }
    }
}
