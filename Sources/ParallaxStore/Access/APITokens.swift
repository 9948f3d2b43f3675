internal import Crypto
public import Foundation
internal import GRDB

/// What a holder of an API token may do.
public enum AccessRole: String, Sendable, CaseIterable, Codable {
    /// Reads what anyone can read.
    case reader
    /// Adds articles and, later, reviews briefs.
    case editor
    /// Everything an editor may, and managing access.
    case admin

    /// Whether the role may add or change what is stored.
    public var canWrite: Bool { self != .reader }

    /// A role from its name; a name this version does not know (a newer one wrote it) throws
    /// `UnknownStoredName`, which both stores read as no account.
    public init(from decoder: any Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let role = AccessRole(rawValue: name) else { throw UnknownStoredName(type: "AccessRole", name: name) }
        self = role
    }
}

/// A stored name (a role) that this version does not know: a newer version wrote it. A row
/// holding one is read as no row by both stores (`NewsroomDatabase.fetchKnown`,
/// `PostgresRowDecoder.decodeIfKnown`), as a review action of an unknown kind is left out.
package struct UnknownStoredName: Error {
    package var type: String
    package var name: String
}

/// A token just issued: `secret` is shown once and never stored (only its SHA-256 is).
public struct IssuedToken: Sendable {
    public var id: String
    public var secret: String
    public var role: AccessRole
}

/// A token as stored: no secret, only what identifies it.
public struct TokenHolder: Sendable, Equatable, Decodable {
    public var id: String
    public var role: AccessRole
    public var label: String?
}

/// Token secrets and the digests they are stored under, the same in every store.
public enum TokenSecret {
    /// Prefix of every secret, so a leaked one is recognisable by secret scanners.
    static let prefix = "plx_"

    /// A new secret (32 random bytes from the system's secure generator), its SHA-256 digest
    /// and the token id derived from the digest.
    public static func make() -> (secret: String, digest: String, id: String) {
        let secret = prefix + NewsroomDatabase.randomHex(bytes: 32)
        let digest = Self.digest(of: secret)
        return (secret, digest, "t-" + digest.prefix(12))
    }

    /// The digest a well-formed secret is stored under; nil for anything else, which then
    /// never reaches the database.
    public static func lookupDigest(of secret: String) -> String? {
        guard secret.hasPrefix(prefix), secret.utf8.count == prefix.utf8.count + 64 else { return nil }
        return Self.digest(of: secret)
    }

    static func digest(of secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

extension NewsroomDatabase {
    public func storeToken(id: String, digest: String, role: AccessRole, label: String?, now: Date)
        throws(StoreError)
    {
        try write { db in
            try db.execute(
                sql: "INSERT INTO apiToken (id, digest, role, label, createdAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, digest, role.rawValue, label, now])
        }
    }

    public func tokenHolder(digest: String) throws(StoreError) -> TokenHolder? {
        try read { db in
            try Self.fetchKnown(
                TokenHolder.self, db,
                sql: "SELECT id, role, label FROM apiToken WHERE digest = ? AND revokedAt IS NULL",
                arguments: [digest])
        }
    }

    /// Revokes the token with `id`; false when there is none.
    public func revokeToken(id: String, now: Date = Date()) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(
                sql: "UPDATE apiToken SET revokedAt = ? WHERE id = ? AND revokedAt IS NULL", arguments: [now, id])
            return db.changesCount > 0
        }
    }

    /// The SHA-256 digest secrets (tokens, session ids) are stored under.
    static func digest(of secret: String) -> String {
        TokenSecret.digest(of: secret)
    }
}
