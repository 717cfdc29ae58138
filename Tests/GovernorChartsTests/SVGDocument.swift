import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A chart's SVG parsed as XML: the elements in document order with their attributes and text, so tests check
/// what a browser would read rather than search strings.
final class SVGDocument: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
    }

    private(set) var elements: [Element] = []
    private var stack: [Int] = []

    /// Parses `svg`, recording an issue (and returning nil) when it is not well-formed XML.
    static func parse(_ svg: String) -> SVGDocument? {
        let document = SVGDocument()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = document
        guard parser.parse() else {
            Issue.record("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")\n\(svg)")
            return nil
        }
        return document
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(Element(name: elementName, attributes: attributeDict, text: ""))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = stack.last { elements[index].text += string }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        stack.removeLast()
    }

    func all(_ name: String, class className: String? = nil) -> [Element] {
        elements.filter {
            $0.name == name
                && (className == nil
                    || ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className!)))
        }
    }

    /// The points of a path's `d` (M and L commands only, as the charts write them), per subpath.
    static func subpaths(_ d: String) -> [[(Double, Double)]] {
        var result: [[(Double, Double)]] = []
        let tokens = d.split(separator: " ")
        var index = 0
        while index + 1 < tokens.count {
            let command = tokens[index].first
            guard command == "M" || command == "L", let x = Double(tokens[index].dropFirst()),
                let y = Double(tokens[index + 1])
            else { break }
            if command == "M" { result.append([]) }
            result[result.count - 1].append((x, y))
            index += 2
        }
        return result
    }
}
