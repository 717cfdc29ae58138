/// The parsed form of a template: Go text/template's actions, as far as alert templates use them.
indirect enum TemplateNode: Hashable, Sendable {
    case text(String)
    /// `{{ pipeline }}` or `{{ $x := pipeline }}`; prints the result unless it declares a variable.
    case action(TemplatePipeline, offset: Int)
    /// `{{ if p }}…{{ else }}…{{ end }}`.
    case conditional(TemplatePipeline, then: [TemplateNode], otherwise: [TemplateNode], offset: Int)
    /// `{{ with p }}…{{ else }}…{{ end }}`: dot becomes the value when it is non-empty.
    case with(TemplatePipeline, then: [TemplateNode], otherwise: [TemplateNode], offset: Int)
    /// `{{ range $i, $v := p }}…{{ else }}…{{ end }}`.
    case range(TemplatePipeline, body: [TemplateNode], otherwise: [TemplateNode], offset: Int)
}

/// `$a, $b := cmd | cmd`.
struct TemplatePipeline: Hashable, Sendable {
    var declarations: [String]
    var commands: [TemplateCommand]
}

/// One command of a pipeline: a function applied to arguments, or a single operand.
struct TemplateCommand: Hashable, Sendable {
    var function: String?
    var arguments: [TemplateOperand]
}

indirect enum TemplateOperand: Hashable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    /// `.` or `.A.B`.
    case dot(fields: [String])
    /// `$x` or `$x.A.B`.
    case variable(String, fields: [String])
    case pipeline(TemplatePipeline)
}
