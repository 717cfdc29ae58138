import Testing

@testable import GovernorPolicy

/// The cases from Prometheus's rulefmt TestTemplateParsing, plus the shapes the shipped policies use.
@Suite struct GoTemplateCheckTests {
    @Test(arguments: [
        "Instance {{ $labels.instance }} down",
        "plain text",
        "{{ $value | humanizePercentage }}",
        "{{- $labels.job -}}",
        "{{/* a comment */}}",
        #"{{ with query "up" }}{{ . | first | value | printf "%.0f" }}{{ end }}"#,
        #"{{ range $i, $s := query "x > 0" }}{{ if $i }}, {{ end }}{{ $s.Labels.objective }}{{ end }}"#,
        #"{{ $x := "a * b" }}{{ $x }}"#,
    ])
    func acceptsWellFormedTemplates(text: String) {
        #expect(GoTemplateCheck.problem(in: text) == nil)
    }

    @Test func rejectsWhatPrometheusRejects() {
        #expect(GoTemplateCheck.problem(in: "Instance {{ $label.instance }} down") == #"undefined variable "$label""#)
        #expect(GoTemplateCheck.problem(in: "{{$this_is_wrong}}") == #"undefined variable "$this_is_wrong""#)
        #expect(
            GoTemplateCheck.problem(in: "{{$labels.quantile * 100}}")
                == "operators such as '*' are not template syntax; use a function such as humanize")
        #expect(GoTemplateCheck.problem(in: "{{ $value") == "unclosed action: '{{' without '}}'")
        #expect(GoTemplateCheck.problem(in: "{{ }}") == "missing value for command in '{{ }}'")
        #expect(GoTemplateCheck.problem(in: "{{ (len $labels }}") == "unclosed '(' in '{{(len $labels}}'")
    }
}
