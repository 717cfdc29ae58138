/// Prints expressions the way Prometheus's `String()` methods do (promql/parser/printer.go), so printed
/// expressions read the same in Governor and in Prometheus and parse back to the same tree.
extension Expr: CustomStringConvertible {
    public var description: String {
        switch self {
        case .number(let node): formatNumber(node.value)
        case .string(let node): goQuoted(node.value)
        case .vectorSelector(let node): node.description
        case .matrixSelector(let node): node.description
        case .subquery(let node): node.description
        case .call(let node): "\(node.function.name)(\(node.arguments.map(\.description).joined(separator: ", ")))"
        case .aggregate(let node): node.description
        case .binary(let node): node.description
        case .unary(let node): "\(node.op.rawValue)\(node.expr)"
        case .paren(let node): "(\(node.expr))"
        }
    }
}

extension VectorSelector: CustomStringConvertible {
    public var description: String {
        selectorText + modifierSuffix(offset: offset, at: at)
    }

    /// The name and matchers alone, without `@` or offset.
    var selectorText: String {
        let writtenName = name ?? ""
        let shown = matchers.filter { matcher in
            !(matcher.name == Labels.metricName && matcher.type == .equal && matcher.value == writtenName)
        }
        if shown.isEmpty { return writtenName }
        let rendered = shown.map { "\($0.name)\($0.type.rawValue)\(goQuoted($0.value))" }.sorted()
        return "\(writtenName){\(rendered.joined(separator: ","))}"
    }
}

extension MatrixSelector: CustomStringConvertible {
    public var description: String {
        "\(selector.selectorText)[\(PrometheusDuration.format(duration))]"
            + modifierSuffix(offset: selector.offset, at: selector.at)
    }
}

extension SubqueryExpr: CustomStringConvertible {
    public var description: String {
        let stepText = step.map(PrometheusDuration.format) ?? ""
        return "\(expr)[\(PrometheusDuration.format(duration)):\(stepText)]" + modifierSuffix(offset: offset, at: at)
    }
}

extension AggregateExpr: CustomStringConvertible {
    public var description: String {
        var text = op.rawValue
        if without {
            text += " without (\(grouping.joined(separator: ", "))) "
        } else if !grouping.isEmpty {
            text += " by (\(grouping.joined(separator: ", "))) "
        }
        text += "("
        if let parameter { text += "\(parameter), " }
        return text + "\(expr))"
    }
}

extension BinaryExpr: CustomStringConvertible {
    public var description: String {
        var modifiers = returnBool ? " bool" : ""
        if let matching, matching.on || !matching.matchingLabels.isEmpty {
            modifiers += " \(matching.on ? "on" : "ignoring") (\(matching.matchingLabels.joined(separator: ", ")))"
            switch matching.cardinality {
            case .manyToOne: modifiers += " group_left (\(matching.include.joined(separator: ", ")))"
            case .oneToMany: modifiers += " group_right (\(matching.include.joined(separator: ", ")))"
            case .oneToOne, .manyToMany: break
            }
        }
        return "\(lhs) \(op.rawValue)\(modifiers) \(rhs)"
    }
}

/// ` @ 100.000 offset 5m`, in Prometheus's order: `@` first.
private func modifierSuffix(offset: Int64, at: AtModifier?) -> String {
    var text = ""
    switch at {
    case .timestamp(let milliseconds): text += " @ \(formatSeconds(milliseconds))"
    case .start: text += " @ start()"
    case .end: text += " @ end()"
    case nil: break
    }
    if offset > 0 {
        text += " offset \(PrometheusDuration.format(offset))"
    } else if offset < 0 {
        text += " offset -\(PrometheusDuration.format(-offset))"
    }
    return text
}

/// Milliseconds as seconds with exactly three decimals (Go's `%.3f` of `ms / 1000`).
private func formatSeconds(_ milliseconds: Int64) -> String {
    let magnitude = milliseconds.magnitude
    let fraction = String(magnitude % 1000)
    let padded = String(repeating: "0", count: 3 - fraction.count) + fraction
    return (milliseconds < 0 ? "-" : "") + "\(magnitude / 1000).\(padded)"
}

/// Go's `strconv.FormatFloat(value, 'f', -1, 64)`: the shortest digits that round-trip, never an exponent.
func formatNumber(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
    let shortest = "\(value.magnitude)"
    let parts = shortest.split(separator: "e", maxSplits: 1)
    let mantissa = parts[0]
    let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let pointIndex = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
    var digits = mantissa.filter { $0 != "." }
    var point = (pointIndex ?? mantissa.count) + exponent
    while digits.count > 1, digits.first == "0", point > 1 {
        digits.removeFirst()
        point -= 1
    }
    var text: String
    if point <= 0 {
        text = "0." + String(repeating: "0", count: -point) + digits
    } else if point >= digits.count {
        text = digits + String(repeating: "0", count: point - digits.count)
    } else {
        text = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
    }
    if text.contains(".") {
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
    }
    return (value.sign == .minus ? "-" : "") + text
}

/// Go's `strconv.Quote`: double quotes, with escapes for quotes, backslashes and unprintable characters.
func goQuoted(_ text: String) -> String {
    "\"" + text.unicodeScalars.map { goEscaped($0, quote: "\"") }.joined() + "\""
}

/// Go's `%q` of a single rune: `'x'`.
func goQuotedCharacter(_ character: Character) -> String {
    "'" + character.unicodeScalars.map { goEscaped($0, quote: "'") }.joined() + "'"
}

private func goEscaped(_ scalar: Unicode.Scalar, quote: Unicode.Scalar) -> String {
    switch scalar {
    case quote: return "\\\(quote)"
    case "\\": return "\\\\"
    case "\u{07}": return "\\a"
    case "\u{08}": return "\\b"
    case "\u{0C}": return "\\f"
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    case "\u{0B}": return "\\v"
    default: break
    }
    if isGoPrintable(scalar) { return String(scalar) }
    let hex = String(scalar.value, radix: 16)
    if scalar.value < 0x80 { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
    if scalar.value < 0x10000 { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
    return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
}

/// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
private func isGoPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == " " { return true }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
        .spaceSeparator:
        return false
    default:
        return true
    }
}
