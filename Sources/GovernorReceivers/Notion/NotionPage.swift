import Foundation

/// The body of `POST /v1/pages` creating a row in a database: the title property and rich-text properties.
struct NotionPage: Encodable {
    struct Parent: Encodable {
        var databaseID: String

        enum CodingKeys: String, CodingKey { case databaseID = "database_id" }
    }

    /// A Notion property value: `{"title":[…]}` or `{"rich_text":[…]}`.
    enum Property: Encodable {
        case title(String)
        case richText(String)

        private struct TextObject: Encodable {
            struct Content: Encodable { var content: String }
            var type = "text"
            var text: Content
        }

        private enum CodingKeys: String, CodingKey {
            case title
            case richText = "rich_text"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .title(let text): try container.encode([Self.object(text)], forKey: .title)
            case .richText(let text): try container.encode([Self.object(text)], forKey: .richText)
            }
        }

        /// Notion refuses text objects over 2000 characters.
        private static func object(_ text: String) -> TextObject {
            TextObject(text: .init(content: String(text.prefix(2000))))
        }
    }

    var parent: Parent
    var properties: [String: Property]
}

/// The part of Notion's page object Governor reads back.
struct NotionCreatedPage: Decodable {
    var id: String
    var url: String?
}
