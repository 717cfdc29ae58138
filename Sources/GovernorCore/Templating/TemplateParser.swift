/// Builds the node tree of a template: plain actions, and `if`/`with`/`range` blocks with `else` and `end`.
struct TemplateParser {
    private var items: [TemplateLexer.Item]
    private var position = 0
    /// Variables visible at the current point, innermost block last (Go rejects undefined ones at parse time).
    private var scopes: [Set<String>] = [["$labels", "$value", "$externalLabels", "$externalURL", "$"]]

    init(_ source: String) throws(TemplateError) {
        items = try TemplateLexer.items(source)
    }

    mutating func parse() throws(TemplateError) -> [TemplateNode] {
        let (nodes, terminator) = try parseList()
        if let terminator {
            throw TemplateError("unexpected {{\(terminator.keyword)}}", offset: terminator.offset)
        }
        return nodes
    }

    private var known: Set<String> { scopes.reduce(into: []) { $0.formUnion($1) } }

    private struct Terminator {
        var keyword: String
        var offset: Int
    }

    /// Parses nodes until the end of input or an `else`/`end`, which it returns.
    private mutating func parseList() throws(TemplateError) -> ([TemplateNode], Terminator?) {
        var nodes: [TemplateNode] = []
        while position < items.count {
            let item = items[position]
            position += 1
            switch item {
            case .text(let text):
                nodes.append(.text(text))
            case .action(let action):
                var tokens = try TemplateLexer.tokens(action.body, offset: action.offset)
                guard let keyword = tokens.first else {
                    throw TemplateError("missing value for command", offset: action.offset)
                }
                switch keyword {
                case "end", "else":
                    guard tokens.count == 1 else {
                        throw TemplateError("unexpected tokens after \(keyword)", offset: action.offset)
                    }
                    return (nodes, Terminator(keyword: keyword, offset: action.offset))
                case "if", "with", "range":
                    tokens.removeFirst()
                    nodes.append(try parseBlock(keyword, tokens: tokens, offset: action.offset))
                default:
                    var parser = PipelineParser(tokens: tokens, offset: action.offset, known: known)
                    let pipeline = try parser.parsePipeline(allowDeclarations: true)
                    try parser.expectEnd()
                    scopes[scopes.count - 1].formUnion(pipeline.declarations)
                    nodes.append(.action(pipeline, offset: action.offset))
                }
            }
        }
        return (nodes, nil)
    }

    private mutating func parseBlock(_ keyword: String, tokens: [String], offset: Int) throws(TemplateError)
        -> TemplateNode
    {
        var parser = PipelineParser(tokens: tokens, offset: offset, known: known)
        let pipeline = try parser.parsePipeline(allowDeclarations: keyword != "if")
        try parser.expectEnd()
        guard !pipeline.commands.isEmpty else { throw TemplateError("missing value for \(keyword)", offset: offset) }
        scopes.append(Set(pipeline.declarations))
        let (body, terminator) = try parseList()
        scopes.removeLast()
        var otherwise: [TemplateNode] = []
        guard let terminator else { throw TemplateError("unexpected EOF: \(keyword) has no {{end}}", offset: offset) }
        if terminator.keyword == "else" {
            scopes.append([])
            defer { scopes.removeLast() }
            let (elseBody, elseTerminator) = try parseList()
            guard elseTerminator?.keyword == "end" else {
                throw TemplateError("expected {{end}} after {{else}}", offset: elseTerminator?.offset ?? offset)
            }
            otherwise = elseBody
        }
        switch keyword {
        case "if": return .conditional(pipeline, then: body, otherwise: otherwise, offset: offset)
        case "with": return .with(pipeline, then: body, otherwise: otherwise, offset: offset)
        default: return .range(pipeline, body: body, otherwise: otherwise, offset: offset)
        }
    }
}

/// Parses the tokens of one action into a pipeline.
struct PipelineParser {
    private let tokens: [String]
    private let offset: Int
    private let known: Set<String>
    private var index = 0

    init(tokens: [String], offset: Int, known: Set<String>) {
        self.tokens = tokens
        self.offset = offset
        self.known = known
    }

    func expectEnd() throws(TemplateError) {
        if index < tokens.count { throw TemplateError("unexpected \"\(tokens[index])\" in action", offset: offset) }
    }

    mutating func parsePipeline(allowDeclarations: Bool) throws(TemplateError) -> TemplatePipeline {
        var declarations: [String] = []
        if allowDeclarations, let assign = tokens[index...].firstIndex(of: ":="), assign > index {
            let names = tokens[index..<assign].filter { $0 != "," }
            guard names.allSatisfy({ $0.hasPrefix("$") && !$0.contains(".") }), names.count <= 2 else {
                throw TemplateError("bad variable declaration", offset: offset)
            }
            declarations = names
            index = assign + 1
        }
        var commands: [TemplateCommand] = []
        while index < tokens.count && tokens[index] != ")" {
            if tokens[index] == "|" {
                guard !commands.isEmpty else { throw TemplateError("missing command before \"|\"", offset: offset) }
                index += 1
            }
            commands.append(try parseCommand())
        }
        return TemplatePipeline(declarations: declarations, commands: commands)
    }

    private mutating func parseCommand() throws(TemplateError) -> TemplateCommand {
        var function: String?
        if index < tokens.count, TemplateFunctions.names.contains(tokens[index]) {
            function = tokens[index]
            index += 1
        }
        var arguments: [TemplateOperand] = []
        while index < tokens.count, tokens[index] != "|", tokens[index] != ")" {
            arguments.append(try parseOperand())
        }
        if function == nil && arguments.count != 1 {
            let first = arguments.isEmpty ? "" : "\(arguments.count) values"
            throw TemplateError("can't give arguments to non-function \(first)", offset: offset)
        }
        return TemplateCommand(function: function, arguments: arguments)
    }

    private mutating func parseOperand() throws(TemplateError) -> TemplateOperand {
        let token = tokens[index]
        index += 1
        if token == "(" {
            let inner = try parsePipeline(allowDeclarations: false)
            guard index < tokens.count, tokens[index] == ")" else {
                throw TemplateError("unclosed left paren", offset: offset)
            }
            index += 1
            return .pipeline(inner)
        }
        if token.hasPrefix("\"") { return .string(unescape(String(token.dropFirst().dropLast()))) }
        if token.hasPrefix("`") { return .string(String(token.dropFirst().dropLast())) }
        if token == "true" || token == "false" { return .bool(token == "true") }
        if let number = Double(token) { return .number(number) }
        if token.hasPrefix(".") {
            return .dot(fields: token.split(separator: ".").map(String.init))
        }
        if token.hasPrefix("$") {
            let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard known.contains(parts[0]) else {
                throw TemplateError("undefined variable \"\(parts[0])\"", offset: offset)
            }
            return .variable(parts[0], fields: Array(parts.dropFirst()))
        }
        if TemplateFunctions.names.contains(token) {
            return .pipeline(
                TemplatePipeline(declarations: [], commands: [TemplateCommand(function: token, arguments: [])]))
        }
        if ["*", "/", "+", "-", "%", "==", "!=", "<", ">", "<=", ">="].contains(token) {
            throw TemplateError(
                "operators such as '\(token)' are not template syntax; use a function such as humanize", offset: offset)
        }
        throw TemplateError("function \"\(token)\" not defined", offset: offset)
    }

    private func unescape(_ text: String) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
