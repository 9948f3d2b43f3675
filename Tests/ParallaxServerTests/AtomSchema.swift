import CLibXML2
import Foundation

/// RFC 4287's RELAX NG grammar (Appendix B), checked with libxml2's validator: the schema check
/// the newsroom issue asks of every Atom feed the server writes.
enum AtomSchema {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The validator's messages for `xml`; empty when the document is valid Atom 1.0.
    static func violations(_ xml: Data) throws -> [String] {
        guard let url = Bundle.module.url(forResource: "atom", withExtension: "rng") else {
            throw Failure(description: "atom.rng is missing from the test bundle")
        }
        let schemaBytes = try Data(contentsOf: url)
        let parserContext = schemaBytes.withUnsafeBytes { bytes in
            xmlRelaxNGNewMemParserCtxt(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count))
        }
        guard let parserContext else { throw Failure(description: "libxml2 could not read atom.rng") }
        defer { xmlRelaxNGFreeParserCtxt(parserContext) }
        guard let schema = xmlRelaxNGParse(parserContext) else {
            throw Failure(description: "atom.rng is not a RELAX NG grammar libxml2 accepts")
        }
        defer { xmlRelaxNGFree(schema) }
        let document = xml.withUnsafeBytes { bytes in
            xmlReadMemory(
                bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), "feed.atom", nil,
                Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        }
        guard let document else { return ["not well-formed XML"] }
        defer { xmlFreeDoc(document) }
        guard let validation = xmlRelaxNGNewValidCtxt(schema) else {
            throw Failure(description: "libxml2 could not make a RELAX NG validator")
        }
        defer { xmlRelaxNGFreeValidCtxt(validation) }
        let messages = Messages()
        let box = Unmanaged.passRetained(messages)
        defer { box.release() }
        xmlRelaxNGSetValidStructuredErrors(
            validation,
            { context, error in
                guard let context, let error, let message = error.pointee.message else { return }
                let messages = Unmanaged<Messages>.fromOpaque(context).takeUnretainedValue()
                messages.list.append(
                    "line \(error.pointee.line): "
                        + String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines))
            }, box.toOpaque())
        let result = xmlRelaxNGValidateDoc(validation, document)
        if result != 0, messages.list.isEmpty { return ["invalid (libxml2 code \(result))"] }
        return result == 0 ? [] : messages.list
    }

    private final class Messages {
        var list: [String] = []
    }
}
