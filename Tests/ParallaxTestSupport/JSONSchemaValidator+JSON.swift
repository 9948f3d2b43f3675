import Foundation

extension JSONSchemaValidator {
    /// A JSON value with booleans kept apart from numbers, which `JSONSerialization` mixes up.
    enum JSON: Equatable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSON])
        case object([String: JSON])

        /// Converts what `JSONSerialization` returns.
        init(_ object: Any) {
            switch object {
            case let string as String:
                self = .string(string)
            case let number as NSNumber:
                // Booleans come back as NSNumber too, but of a class of their own.
                let isBoolean = type(of: number) == type(of: NSNumber(value: true))
                self = isBoolean ? .bool(number.boolValue) : .number(number.doubleValue)
            case let array as [Any]:
                self = .array(array.map(JSON.init))
            case let dictionary as [String: Any]:
                self = .object(dictionary.mapValues(JSON.init))
            default:
                self = .null
            }
        }

        /// The JSON Schema type name: an integral number is an `integer`.
        var typeName: String {
            switch self {
            case .null: "null"
            case .bool: "boolean"
            case .number(let value):
                value.isFinite && value.rounded() == value ? "integer" : "number"
            case .string: "string"
            case .array: "array"
            case .object: "object"
            }
        }

        /// Whether the value is of the named JSON Schema type; every integer is a number.
        func hasType(_ name: String) -> Bool {
            name == typeName || (name == "number" && typeName == "integer")
        }

        /// A short rendering for messages.
        var summary: String {
            let text: String
            switch self {
            case .null:
                text = "null"
            case .bool(let value):
                text = String(value)
            case .number(let value):
                let integral = value.rounded() == value && abs(value) < 1e15
                text = integral ? String(Int64(value)) : String(value)
            case .string(let value):
                let data = try? JSONSerialization.data(
                    withJSONObject: value, options: [.fragmentsAllowed, .withoutEscapingSlashes])
                text = data.flatMap { String(data: $0, encoding: .utf8) } ?? "\"\(value)\""
            case .array(let items):
                text = "[" + items.map(\.summary).joined(separator: ", ") + "]"
            case .object(let members):
                let pairs = members.keys.sorted().map { key in
                    JSON.string(key).summary + ": " + (members[key] ?? .null).summary
                }
                text = "{" + pairs.joined(separator: ", ") + "}"
            }
            return text.count > 80 ? text.prefix(77) + "..." : text
        }
    }
}
