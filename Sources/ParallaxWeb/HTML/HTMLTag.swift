/// The element names the extractor tells apart; everything else is `.other`.
enum HTMLTag: UInt8, Sendable {
    case text, other
    case html, head, body, title, meta, link, script, style, noscript, template, svg, math, iframe, object, embed
    case canvas, video, audio, picture, source, img, map
    case form, input, button, select, textarea, label, fieldset, option
    case nav, header, footer, aside, main, article, section, div, span
    case p, br, hr, h1, h2, h3, h4, h5, h6, blockquote, pre, code, ul, ol, li, dl, dt, dd
    case table, thead, tbody, tfoot, tr, td, th, caption
    case figure, figcaption, a, time, address, center, font, b, strong, i, em, u, small, sub, sup, abbr, cite, q
    case dialog, menu, details, summary

    private static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .script, .style, .noscript, .template, .svg, .math, .iframe,
            .object, .embed, .canvas, .video, .audio, .picture, .source, .img, .map, .form, .input, .button,
            .select, .textarea, .label, .fieldset, .option, .nav, .header, .footer, .aside, .main, .article,
            .section, .div, .span, .p, .br, .hr, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .pre, .code, .ul, .ol,
            .li, .dl, .dt, .dd, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .figure, .figcaption, .a,
            .time, .address, .center, .font, .b, .strong, .i, .em, .u, .small, .sub, .sup, .abbr, .cite, .q,
            .dialog, .menu, .details, .summary,
        ]
        for tag in all { table["\(tag)"] = tag }
        return table
    }()

    /// The tag for a lowercase element name.
    init(name: String) {
        self = Self.byName[name] ?? .other
    }

    /// Whether the element starts a new text block.
    var isBlock: Bool {
        switch self {
        case .p, .div, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .pre, .ul, .ol, .li, .dl, .dt, .dd, .table, .tr,
            .td, .th, .section, .article, .main, .header, .footer, .aside, .nav, .figure, .figcaption, .address,
            .center, .form, .fieldset, .br, .hr, .caption, .details, .summary, .body, .dialog, .menu, .tbody,
            .thead, .tfoot:
            return true
        default:
            return false
        }
    }

    /// Whether the element is a heading.
    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// Whether the element and everything in it never holds article text.
    var isNeverContent: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas, .video,
            .audio, .picture, .source, .map, .input, .button, .select, .textarea, .option, .head, .title, .meta,
            .link, .dialog:
            return true
        default:
            return false
        }
    }
}
