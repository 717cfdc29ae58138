/// Executes a parsed template against the alert's data.
struct TemplateRenderer {
    let data: TemplateData
    private var variables: [[String: TemplateValue]]

    init(data: TemplateData) {
        self.data = data
        variables = [
            [
                "$labels": .map(data.labels), "$value": .number(data.value),
                "$externalLabels": .map(data.externalLabels), "$externalURL": .string(data.externalURL), "$": .root,
            ]
        ]
    }

    mutating func render(_ nodes: [TemplateNode], dot: TemplateValue) throws(TemplateError) -> String {
        var output = ""
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .action(let pipeline, let offset):
                let value = try evaluate(pipeline, dot: dot, offset: offset)
                if pipeline.declarations.isEmpty { output += value.text }
            case .conditional(let pipeline, let then, let otherwise, let offset):
                let value = try evaluate(pipeline, dot: dot, offset: offset)
                output += try scoped(value.isTruthy ? then : otherwise, dot: dot)
            case .with(let pipeline, let then, let otherwise, let offset):
                let value = try evaluate(pipeline, dot: dot, offset: offset)
                output += value.isTruthy ? try scoped(then, dot: value) : try scoped(otherwise, dot: dot)
            case .range(let pipeline, let body, let otherwise, let offset):
                let elements = try evaluate(pipeline, dot: dot, offset: offset).elements
                if elements.isEmpty { output += try scoped(otherwise, dot: dot) }
                for (index, element) in elements.enumerated() {
                    variables.append([:])
                    switch pipeline.declarations.count {
                    case 1: variables[variables.count - 1][pipeline.declarations[0]] = element
                    case 2:
                        variables[variables.count - 1][pipeline.declarations[0]] = .number(Double(index))
                        variables[variables.count - 1][pipeline.declarations[1]] = element
                    default: break
                    }
                    output += try render(body, dot: element)
                    variables.removeLast()
                }
            }
        }
        return output
    }

    private mutating func scoped(_ nodes: [TemplateNode], dot: TemplateValue) throws(TemplateError) -> String {
        variables.append([:])
        defer { variables.removeLast() }
        return try render(nodes, dot: dot)
    }

    private mutating func evaluate(_ pipeline: TemplatePipeline, dot: TemplateValue, offset: Int) throws(TemplateError)
        -> TemplateValue
    {
        var piped: TemplateValue?
        for command in pipeline.commands {
            var arguments: [TemplateValue] = []
            for operand in command.arguments { arguments.append(try resolve(operand, dot: dot, offset: offset)) }
            if let value = piped { arguments.append(value) }
            if let function = command.function {
                piped = try TemplateFunctions.call(function, arguments, data: data, offset: offset)
            } else {
                guard arguments.count == 1 else {
                    throw TemplateError("can't give arguments to a non-function", offset: offset)
                }
                piped = arguments[0]
            }
        }
        let value = piped ?? .none
        if pipeline.declarations.count == 1 && !variables.isEmpty {
            variables[variables.count - 1][pipeline.declarations[0]] = value
        }
        return value
    }

    private mutating func resolve(_ operand: TemplateOperand, dot: TemplateValue, offset: Int) throws(TemplateError)
        -> TemplateValue
    {
        switch operand {
        case .string(let text): return .string(text)
        case .number(let number): return .number(number)
        case .bool(let flag): return .bool(flag)
        case .pipeline(let pipeline): return try evaluate(pipeline, dot: dot, offset: offset)
        case .dot(let fields): return try walk(fields, from: dot, offset: offset)
        case .variable(let name, let fields):
            guard let value = variables.reversed().lazy.compactMap({ $0[name] }).first else {
                throw TemplateError("undefined variable \"\(name)\"", offset: offset)
            }
            return try walk(fields, from: value, offset: offset)
        }
    }

    private func walk(_ fields: [String], from start: TemplateValue, offset: Int) throws(TemplateError)
        -> TemplateValue
    {
        var value = start
        for name in fields { value = try field(name, of: value, offset: offset) }
        return value
    }

    private func field(_ name: String, of value: TemplateValue, offset: Int) throws(TemplateError) -> TemplateValue {
        switch (value, name) {
        // Prometheus expands templates with missingkey=zero: a missing label is the empty string.
        case (.map(let map), _): return .string(map[name] ?? "")
        case (.root, "Labels"): return .map(data.labels)
        case (.root, "Value"): return .number(data.value)
        case (.root, "ExternalLabels"): return .map(data.externalLabels)
        case (.root, "ExternalURL"): return .string(data.externalURL)
        case (.sample(let sample), "Labels"): return .map(sample.labels)
        case (.sample(let sample), "Value"): return .number(sample.value)
        default: throw TemplateError("can't evaluate field \(name)", offset: offset)
        }
    }
}
