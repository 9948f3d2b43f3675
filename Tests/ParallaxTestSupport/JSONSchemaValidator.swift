package import Foundation

/// A small JSON Schema (draft 2020-12) validator, enough for `Schemas/digest.schema.json`.
///
/// Supported keywords: `type` (a name or a list of names), `enum`, `const`, `properties`,
/// `required`, `additionalProperties` (boolean or schema), `items` (one schema for every
/// item), `minItems`, `maxItems`, `uniqueItems`, `minimum`, `maximum`, `minLength`,
/// `maxLength`, `pattern`, `$ref` (to any subschema of the same document, such as
/// `#/$defs/Name`), `$defs`, `allOf`, `anyOf`, `oneOf` and `not`; boolean schemas too.
/// Annotations (`title`, `description`, `$comment`, `format`, ...) are ignored. Any other
/// keyword makes `init` throw, so a schema never silently asks for a check that is not made.
package struct JSONSchemaValidator {
    /// Why a schema could not be used.
    package enum SchemaError: Error, CustomStringConvertible {
        case notJSON(String)
        case malformed(keyword: String, at: String)
        case unsupportedKeyword(String, at: String)
        case invalidPattern(String, at: String)
        case unresolvableReference(String, at: String)

        package var description: String {
            switch self {
            case .notJSON(let reason):
                "the schema is not JSON: \(reason)"
            case .malformed(let keyword, let pointer):
                "malformed \"\(keyword)\" at \(display(pointer))"
            case .unsupportedKeyword(let keyword, let pointer):
                "unsupported keyword \"\(keyword)\" at \(display(pointer))"
            case .invalidPattern(let pattern, let pointer):
                "invalid pattern \(pattern) at \(display(pointer))"
            case .unresolvableReference(let reference, let pointer):
                "cannot resolve $ref \"\(reference)\" at \(display(pointer))"
            }
        }
    }

    private let root: Schema
    /// Every subschema of the document, by its JSON pointer, for `$ref`.
    private let subschemas: [String: Schema]

    /// Reads and compiles a schema; throws a `SchemaError` if it cannot be used as is.
    package init(schemaData: Data) throws {
        let document: JSON
        do {
            document = JSON(
                try JSONSerialization.jsonObject(with: schemaData, options: .fragmentsAllowed))
        } catch {
            throw SchemaError.notJSON(error.localizedDescription)
        }
        var compiler = Compiler()
        root = try compiler.compile(document, at: "")
        subschemas = compiler.subschemas
        for (reference, pointer) in compiler.references {
            guard subschemas[Self.pointer(ofReference: reference)] != nil else {
                throw SchemaError.unresolvableReference(reference, at: pointer)
            }
        }
    }

    /// Returns human-readable violations with JSON-pointer paths, empty when valid.
    package func validate(_ instanceData: Data) throws -> [String] {
        let instance = JSON(
            try JSONSerialization.jsonObject(with: instanceData, options: .fragmentsAllowed))
        return violations(of: instance, against: root, at: "")
    }

    // MARK: Validation

    /// The violations of `value`, found at `path`, against `schema`.
    private func violations(of value: JSON, against schema: Schema, at path: String) -> [String] {
        switch schema {
        case .always(true):
            return []
        case .always(false):
            return [violation(at: path, "no value is allowed here")]
        case .rules(let rules):
            var found: [String] = []
            if let reference = rules.reference {
                // Resolution was checked in `init`.
                let target = subschemas[Self.pointer(ofReference: reference)] ?? .always(true)
                found += violations(of: value, against: target, at: path)
            }
            found += generalViolations(of: value, against: rules, at: path)
            switch value {
            case .string(let string):
                found += stringViolations(of: string, against: rules, at: path)
            case .number(let number):
                found += numberViolations(of: number, against: rules, at: path)
            case .array(let items):
                found += arrayViolations(of: items, against: rules, at: path)
            case .object(let members):
                found += objectViolations(of: members, against: rules, at: path)
            case .null, .bool:
                break
            }
            found += combinationViolations(of: value, against: rules, at: path)
            return found
        }
    }

    /// `type`, `enum` and `const`: checks that apply to a value of any type.
    private func generalViolations(of value: JSON, against rules: Rules, at path: String)
        -> [String]
    {
        var found: [String] = []
        if let types = rules.types, !types.contains(where: value.hasType) {
            let expected = types.joined(separator: " or ")
            found.append(violation(at: path, "expected \(expected), got \(value.typeName)"))
        }
        if let allowed = rules.allowedValues, !allowed.contains(value) {
            let list = allowed.map(\.summary).joined(separator: ", ")
            found.append(violation(at: path, "\(value.summary) is not one of \(list)"))
        }
        if let constant = rules.constant, constant != value {
            found.append(violation(at: path, "expected \(constant.summary), got \(value.summary)"))
        }
        return found
    }

    /// `minLength`, `maxLength` and `pattern`. Lengths count Unicode scalars.
    private func stringViolations(of string: String, against rules: Rules, at path: String)
        -> [String]
    {
        var found: [String] = []
        let length = string.unicodeScalars.count
        if let minimum = rules.minLength, length < minimum {
            found.append(violation(at: path, "has \(length) character(s), minLength is \(minimum)"))
        }
        if let maximum = rules.maxLength, length > maximum {
            found.append(violation(at: path, "has \(length) character(s), maxLength is \(maximum)"))
        }
        if let pattern = rules.pattern {
            let range = NSRange(string.startIndex..., in: string)
            if pattern.firstMatch(in: string, range: range) == nil {
                let text = JSON.string(string).summary
                found.append(violation(at: path, "\(text) does not match \(pattern.pattern)"))
            }
        }
        return found
    }

    /// `minimum` and `maximum`, both inclusive.
    private func numberViolations(of number: Double, against rules: Rules, at path: String)
        -> [String]
    {
        var found: [String] = []
        let text = JSON.number(number).summary
        if let minimum = rules.minimum, number < minimum {
            let bound = JSON.number(minimum).summary
            found.append(violation(at: path, "\(text) is less than the minimum \(bound)"))
        }
        if let maximum = rules.maximum, number > maximum {
            let bound = JSON.number(maximum).summary
            found.append(violation(at: path, "\(text) is greater than the maximum \(bound)"))
        }
        return found
    }

    /// `minItems`, `maxItems`, `uniqueItems` and `items`.
    private func arrayViolations(of items: [JSON], against rules: Rules, at path: String)
        -> [String]
    {
        var found: [String] = []
        if let minimum = rules.minItems, items.count < minimum {
            found.append(violation(at: path, "has \(items.count) item(s), minItems is \(minimum)"))
        }
        if let maximum = rules.maxItems, items.count > maximum {
            found.append(violation(at: path, "has \(items.count) item(s), maxItems is \(maximum)"))
        }
        if rules.uniqueItems {
            for later in items.indices {
                if let earlier = items[..<later].firstIndex(of: items[later]) {
                    found.append(violation(at: path, "items \(earlier) and \(later) are equal"))
                }
            }
        }
        if let itemSchema = rules.items {
            for (index, item) in items.enumerated() {
                found += violations(of: item, against: itemSchema, at: "\(path)/\(index)")
            }
        }
        return found
    }

    /// `required`, `properties` and `additionalProperties`, in the schema's order.
    private func objectViolations(
        of members: [String: JSON], against rules: Rules, at path: String
    ) -> [String] {
        var found: [String] = []
        for name in rules.required where members[name] == nil {
            found.append(violation(at: path, "missing required property \"\(name)\""))
        }
        for (name, schema) in rules.properties {
            if let member = members[name] {
                found += violations(of: member, against: schema, at: path + "/" + escape(name))
            }
        }
        if let additional = rules.additionalProperties {
            let declared = Set(rules.properties.map(\.name))
            for name in members.keys.sorted() where !declared.contains(name) {
                let member = members[name] ?? .null
                if case .always(false) = additional {
                    found.append(violation(at: path, "unexpected property \"\(name)\""))
                } else {
                    found += violations(
                        of: member, against: additional, at: path + "/" + escape(name))
                }
            }
        }
        return found
    }

    /// `allOf`, `anyOf`, `oneOf` and `not`.
    private func combinationViolations(of value: JSON, against rules: Rules, at path: String)
        -> [String]
    {
        var found: [String] = []
        for schema in rules.allOf {
            found += violations(of: value, against: schema, at: path)
        }
        if !rules.anyOf.isEmpty {
            let failures = rules.anyOf.map { violations(of: value, against: $0, at: path) }
            if !failures.contains(where: \.isEmpty) {
                let details = describe(failures, relativeTo: path)
                found.append(violation(at: path, "matches no anyOf alternative (\(details))"))
            }
        }
        if !rules.oneOf.isEmpty {
            let failures = rules.oneOf.map { violations(of: value, against: $0, at: path) }
            let matches = failures.filter(\.isEmpty).count
            if matches == 0 {
                let details = describe(failures, relativeTo: path)
                found.append(violation(at: path, "matches no oneOf alternative (\(details))"))
            } else if matches > 1 {
                found.append(violation(at: path, "matches \(matches) oneOf alternatives, not 1"))
            }
        }
        if let excluded = rules.not, violations(of: value, against: excluded, at: path).isEmpty {
            found.append(violation(at: path, "matches a schema it must not match"))
        }
        return found
    }

    /// Each alternative's violations, numbered from 1, with paths relative to `path`.
    private func describe(_ failures: [[String]], relativeTo path: String) -> String {
        let here = display(path) + ": "
        return failures.enumerated().map { number, messages in
            let relative = messages.map { message in
                if message.hasPrefix(here) { return String(message.dropFirst(here.count)) }
                if message.hasPrefix(path + "/") { return String(message.dropFirst(path.count)) }
                return message
            }
            return "\(number + 1): " + relative.joined(separator: "; ")
        }.joined(separator: " | ")
    }

    private func violation(at path: String, _ message: String) -> String {
        "\(display(path)): \(message)"
    }

    /// The JSON pointer a `$ref` such as `#/$defs/Name` points to.
    private static func pointer(ofReference reference: String) -> String {
        let fragment = reference.hasPrefix("#") ? String(reference.dropFirst()) : reference
        return fragment.removingPercentEncoding ?? fragment
    }
}

// MARK: - Compiled schemas

extension JSONSchemaValidator {
    /// A compiled schema: a boolean schema, or an object of keywords.
    fileprivate indirect enum Schema {
        case always(Bool)
        case rules(Rules)
    }

    /// The keywords of an object schema, read and checked once.
    fileprivate struct Rules {
        var types: [String]?
        var allowedValues: [JSON]?
        var constant: JSON?
        var properties: [(name: String, schema: Schema)] = []
        var required: [String] = []
        var additionalProperties: Schema?
        var items: Schema?
        var minItems: Int?
        var maxItems: Int?
        var uniqueItems = false
        var minimum: Double?
        var maximum: Double?
        var minLength: Int?
        var maxLength: Int?
        var pattern: NSRegularExpression?
        var reference: String?
        var allOf: [Schema] = []
        var anyOf: [Schema] = []
        var oneOf: [Schema] = []
        var not: Schema?
    }

    /// Turns schema JSON into `Schema`s, recording every subschema and `$ref` on the way.
    fileprivate struct Compiler {
        /// Subschemas by JSON pointer.
        var subschemas: [String: Schema] = [:]
        /// Each `$ref` with the pointer of the schema that holds it.
        var references: [(reference: String, pointer: String)] = []

        /// Keywords that carry no assertion and are skipped.
        private static let annotations: Set<String> = [
            "$schema", "$id", "$comment", "$anchor", "title", "description", "default",
            "examples", "deprecated", "readOnly", "writeOnly", "format",
        ]
        private static let typeNames: Set<String> = [
            "null", "boolean", "object", "array", "number", "integer", "string",
        ]

        mutating func compile(_ json: JSON, at pointer: String) throws -> Schema {
            let schema: Schema
            switch json {
            case .bool(let value):
                schema = .always(value)
            case .object(let keywords):
                var rules = Rules()
                for keyword in keywords.keys.sorted() {
                    let value = keywords[keyword] ?? .null
                    try read(keyword, value, into: &rules, at: pointer)
                }
                schema = .rules(rules)
            default:
                throw SchemaError.malformed(keyword: "(schema)", at: pointer)
            }
            subschemas[pointer] = schema
            return schema
        }

        /// Reads one keyword into `rules`, compiling any subschemas it holds.
        private mutating func read(
            _ keyword: String, _ value: JSON, into rules: inout Rules, at pointer: String
        ) throws {
            let here = pointer + "/" + escape(keyword)
            let malformed = SchemaError.malformed(keyword: keyword, at: pointer)
            switch (keyword, value) {
            case ("type", .string(let name)) where Self.typeNames.contains(name):
                rules.types = [name]
            case ("type", .array(let names)):
                let strings = names.compactMap(\.stringValue)
                guard strings.count == names.count, Set(strings).isSubset(of: Self.typeNames)
                else { throw malformed }
                rules.types = strings
            case ("enum", .array(let values)):
                rules.allowedValues = values
            case ("const", _):
                rules.constant = value
            case ("properties", .object(let members)), ("$defs", .object(let members)):
                var compiled: [(name: String, schema: Schema)] = []
                for name in members.keys.sorted() {
                    let member = members[name] ?? .null
                    compiled.append((name, try compile(member, at: here + "/" + escape(name))))
                }
                if keyword == "properties" { rules.properties = compiled }
            case ("required", .array(let names)):
                rules.required = names.compactMap(\.stringValue)
                guard rules.required.count == names.count else { throw malformed }
            case ("additionalProperties", _):
                rules.additionalProperties = try compile(value, at: here)
            case ("items", _):
                rules.items = try compile(value, at: here)
            case ("not", _):
                rules.not = try compile(value, at: here)
            case ("allOf", .array(let schemas)), ("anyOf", .array(let schemas)),
                ("oneOf", .array(let schemas)):
                guard !schemas.isEmpty else { throw malformed }
                var compiled: [Schema] = []
                for (index, schema) in schemas.enumerated() {
                    compiled.append(try compile(schema, at: "\(here)/\(index)"))
                }
                if keyword == "allOf" { rules.allOf = compiled }
                if keyword == "anyOf" { rules.anyOf = compiled }
                if keyword == "oneOf" { rules.oneOf = compiled }
            case ("minItems", _), ("maxItems", _), ("minLength", _), ("maxLength", _):
                guard case .number(let number) = value, value.typeName == "integer", number >= 0
                else { throw malformed }
                if keyword == "minItems" { rules.minItems = Int(number) }
                if keyword == "maxItems" { rules.maxItems = Int(number) }
                if keyword == "minLength" { rules.minLength = Int(number) }
                if keyword == "maxLength" { rules.maxLength = Int(number) }
            case ("uniqueItems", .bool(let unique)):
                rules.uniqueItems = unique
            case ("minimum", .number(let number)):
                rules.minimum = number
            case ("maximum", .number(let number)):
                rules.maximum = number
            case ("pattern", .string(let pattern)):
                do {
                    rules.pattern = try NSRegularExpression(pattern: pattern)
                } catch {
                    throw SchemaError.invalidPattern(pattern, at: pointer)
                }
            case ("$ref", .string(let reference)):
                guard reference.hasPrefix("#") else {
                    throw SchemaError.unresolvableReference(reference, at: pointer)
                }
                rules.reference = reference
                references.append((reference, pointer))
            case _ where Self.annotations.contains(keyword):
                break
            case ("type", _), ("enum", _), ("properties", _), ("$defs", _), ("required", _),
                ("allOf", _), ("anyOf", _), ("oneOf", _), ("uniqueItems", _), ("minimum", _),
                ("maximum", _), ("pattern", _), ("$ref", _):
                throw malformed
            default:
                throw SchemaError.unsupportedKeyword(keyword, at: pointer)
            }
        }
    }
}

extension JSONSchemaValidator.JSON {
    var stringValue: String? {
        if case .string(let string) = self { string } else { nil }
    }
}

/// Escapes one JSON-pointer token (RFC 6901).
private func escape(_ token: String) -> String {
    token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
}

/// A JSON pointer for messages: the root, whose pointer is empty, shows as `/`.
private func display(_ pointer: String) -> String {
    pointer.isEmpty ? "/" : pointer
}
