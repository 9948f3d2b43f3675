/// The settings of a configuration that the evaluations and benchmarks can vary by name
/// (`--setting NAME=VALUE`, repeatable), so that a script can choose them by cross-validation
/// without a command-line option, and a line applying it, for each one. NAME is the field's name
/// in the configuration; the field's documentation says what chose its default.
public struct NamedSettings<Configuration> {
    /// Where a setting is written, and how its value is read.
    public enum Field {
        /// A number (`0.25`).
        case number(WritableKeyPath<Configuration, Double>)
        /// A whole number (`12`).
        case count(WritableKeyPath<Configuration, Int>)
        /// A rule that is on or off (`true` or `1`; `false` or `0`).
        case rule(WritableKeyPath<Configuration, Bool>)

        var kind: String {
            switch self {
            case .number: "number"
            case .count: "whole number"
            case .rule: "true or false"
            }
        }
    }

    /// The settings in the order they are listed.
    public let fields: KeyValuePairs<String, Field>

    public init(_ fields: KeyValuePairs<String, Field>) {
        self.fields = fields
    }

    /// The names `applying(_:to:)` accepts.
    public var names: [String] { fields.map(\.key) }

    /// Every name with the kind of value it takes, for a command's help.
    public var help: String {
        fields.map { "\($0.key) (\($0.value.kind))" }.joined(separator: ", ")
    }

    /// The names `NAME=VALUE` settings set, in their order (malformed ones left out).
    public func named(in settings: [String]) -> [String] {
        settings.compactMap { $0.split(separator: "=", maxSplits: 1).first.map(String.init) }
    }

    /// A copy of `configuration` with `NAME=VALUE` settings applied in order.
    public func applying(_ settings: [String], to configuration: Configuration) throws(SettingError)
        -> Configuration
    {
        var copy = configuration
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw SettingError(code: .malformed, message: "setting \(setting) is not NAME=VALUE")
            }
            let (name, value) = (parts[0], parts[1])
            guard let field = fields.first(where: { $0.key == name })?.value else {
                throw SettingError(
                    code: .unknown, message: "unknown setting \(name); known: \(names.joined(separator: ", "))")
            }
            switch field {
            case .number(let path):
                guard let number = Double(value) else { throw SettingError.needs(field, name) }
                copy[keyPath: path] = number
            case .count(let path):
                guard let count = Int(value) else { throw SettingError.needs(field, name) }
                copy[keyPath: path] = count
            case .rule(let path):
                switch value {
                case "true", "1": copy[keyPath: path] = true
                case "false", "0": copy[keyPath: path] = false
                default: throw SettingError.needs(field, name)
                }
            }
        }
        return copy
    }
}

/// A configuration whose settings can be varied by name.
public protocol SettableByName {
    /// The settings that can be varied, by their names in the configuration.
    static var namedSettings: NamedSettings<Self> { get }
}

extension SettableByName {
    /// The names `applying(_:)` accepts.
    public static var tunableSettings: [String] { namedSettings.names }

    /// A copy with `NAME=VALUE` settings applied in order.
    public func applying(_ settings: [String]) throws(SettingError) -> Self {
        try Self.namedSettings.applying(settings, to: self)
    }
}

/// A `NAME=VALUE` setting that cannot be applied.
public struct SettingError: Error, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        /// Not `NAME=VALUE`.
        public static let malformed = Code(name: "malformed")
        /// No setting of that name.
        public static let unknown = Code(name: "unknown")
        /// A value the setting does not take.
        public static let badValue = Code(name: "badValue")

        public var description: String { name }
    }

    public var code: Code
    public var message: String

    public var description: String { message }

    static func needs<Configuration>(_ field: NamedSettings<Configuration>.Field, _ name: String) -> SettingError {
        SettingError(code: .badValue, message: "\(name) needs a \(field.kind)")
    }
}
