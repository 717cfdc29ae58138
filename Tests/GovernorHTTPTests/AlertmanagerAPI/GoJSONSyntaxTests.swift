import Testing

@testable import GovernorHTTP

/// The syntax errors a silence body can have, worded as Go's `encoding/json` words them.
@Suite struct GoJSONSyntaxTests {
    @Test(arguments: [
        (#"{"matchers": [}"#, "invalid character '}' looking for beginning of value"),
        (#"{"a" 1}"#, "invalid character '1' after object key"),
        (#"{"a":1,}"#, "invalid character '}' looking for beginning of object key string"),
        (#"{'a':1}"#, #"invalid character '\'' looking for beginning of object key string"#),
        (#"{"a":tru}"#, "invalid character '}' in literal true (expecting 'e')"),
        ("[1 2]", "invalid character '2' after array element"),
        (#"{"a":01}"#, "invalid character '1' after object key:value pair"),
        (#"{"a":1} x"#, "invalid character 'x' after top-level value"),
        (#"{"a":"b"#, "unexpected end of JSON input"),
        ("-x", "invalid character 'x' in numeric literal"),
        ("1.e3", "invalid character 'e' in numeric literal"),
        (#"["\q"]"#, "invalid character 'q' in string escape code"),
        ("[\"a\nb\"]", #"invalid character '\n' in string literal"#),
    ])
    func errorsAreWordedAsGoWordsThem(text: String, message: String) {
        #expect(GoJSONSyntax.error(in: Array(text.utf8)) == message)
    }

    @Test(arguments: [#"{"a":[1,-2.5e+3,true,false,null,"\u00e9\n"],"b":{}}"#, " [] ", "0", #""x""#])
    func validTextHasNoError(text: String) {
        #expect(GoJSONSyntax.error(in: Array(text.utf8)) == nil)
    }
}
