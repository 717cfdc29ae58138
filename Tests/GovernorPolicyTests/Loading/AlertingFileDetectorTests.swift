import Testing

@testable import GovernorPolicy

/// The byte-level pre-check must never call an alerts file a policy: whatever the full parse would call an alerts
/// file passes it, and the policy files `check` is mostly given are turned away without a second parse.
@Suite struct AlertingFileDetectorTests {
    static let alertsFiles = [
        "route:\n  receiver: x\nreceivers:\n  - name: x\n",
        "# comment\nglobal:\n  resolve_timeout: 5m\n",
        "\r\ninhibit_rules: []\r\n",
        "kind: Silences\nsilences: []\n",
        "kind: \"Silences\"\n",
        "---\n---\nkind: Silences\n",
        "{route: {receiver: x}, receivers: [{name: x}]}\n",
    ]

    static let policyFiles = [
        "groups:\n  - name: a\n    rules: []\n",
        "kind: Rules\ngroups: []\n",
        "kind: SLOs\nslos:\n  - name: route\n    route: 1\n",
        "version: prometheus/v1\nservice: x\nslos: []\n",
        "# route: not a key\n  receivers: indented\n- global: in a sequence\n",
        "",
    ]

    @Test(arguments: alertsFiles)
    func alertsFilesAreRecognised(text: String) {
        #expect(AlertingFileDetector.mayBeAlerting(text))
        #expect(AlertingFileDetector.isAlertingFile(text))
    }

    @Test(arguments: policyFiles)
    func policyFilesAreSkippedWithoutParsing(text: String) {
        #expect(!AlertingFileDetector.mayBeAlerting(text))
        #expect(!AlertingFileDetector.isAlertingFile(text))
    }

    /// A `kind:` other than Silences with Alertmanager keys below it is still parsed, and is a policy document.
    @Test func aPolicyKindWinsOverAlertmanagerKeys() {
        let text = "kind: Rules\nroute: {}\n"
        #expect(AlertingFileDetector.mayBeAlerting(text))
        #expect(!AlertingFileDetector.isAlertingFile(text))
    }
}
