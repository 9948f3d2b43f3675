public import Foundation
internal import GRDB

/// A person who signs in to the newsroom site.
public struct Account: Sendable, Hashable, Decodable {
    public var id: Int64
    public var name: String
    public var role: AccessRole
    /// Whether the password is still the one-time one printed when the account was made.
    public var mustChangePassword: Bool
}

/// An account just made, with its one-time password (shown once; only its hash is stored).
public struct NewAccount: Sendable {
    public var account: Account
    public var oneTimePassword: String
}

extension NewsroomDatabase {
    /// Characters of one-time passwords: no look-alikes (0/O, 1/l/I).
    static let passwordAlphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    /// 22 characters of a 56-letter alphabet: about 128 bits.
    static let oneTimePasswordLength = 22
    /// Shortest password a person may choose.
    public static let minimumPasswordLength = 12

    static func oneTimePassword() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(
            (0..<oneTimePasswordLength).map { _ in
                passwordAlphabet[Int.random(in: 0..<passwordAlphabet.count, using: &generator)]
            })
    }

    /// A well-formed hash no password matches, checked against for unknown names.
    static let decoyHash =
        "$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"

    static func isValidAccountName(_ name: String) -> Bool {
        (1...64).contains(name.count)
            && name.unicodeScalars.allSatisfy {
                CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)
            }
    }

    // The SQLite statements of `NewsroomSiteStore`'s accounts (the name column compares
    // without ASCII case: COLLATE NOCASE).

    public func insertAccount(name: String, role: AccessRole, passwordHash: String, now: Date) throws(StoreError)
        -> Int64?
    {
        try write { db -> Int64? in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [name]) == nil else {
                return nil
            }
            try db.execute(
                sql: """
                    INSERT INTO account (name, role, passwordHash, mustChangePassword, createdAt)
                    VALUES (?, ?, ?, 1, ?)
                    """,
                arguments: [name, role.rawValue, passwordHash, now])
            return db.lastInsertedRowID
        }
    }

    public func credentials(named name: String) throws(StoreError) -> AccountCredentials? {
        try read { db in
            try Self.fetchKnown(
                AccountCredentials.self, db, sql: "SELECT * FROM account WHERE name = ? AND disabledAt IS NULL",
                arguments: [name])
        }
    }

    public func replacePasswordHash(_ hash: String, accountID id: Int64, oneTime: Bool) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE account SET passwordHash = ?, mustChangePassword = ? WHERE id = ?",
                arguments: [hash, oneTime, id])
            if oneTime { try db.execute(sql: "DELETE FROM session WHERE accountId = ?", arguments: [id]) }
        }
    }
}

extension NewsroomSiteStore {
    /// Adds an account named `name` with `role` and a random one-time password, which the
    /// person replaces at first sign-in.
    public func addAccount(
        name: String, role: AccessRole, hasher: PasswordHasher = PasswordHasher(), now: Date = Date()
    ) throws(StoreError) -> NewAccount {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard NewsroomDatabase.isValidAccountName(name) else {
            throw StoreError(
                .invalidAccount, "an account name is 1 to 64 letters, digits, '.', '_' or '-', not \"\(name)\"")
        }
        let password = NewsroomDatabase.oneTimePassword()
        let hash = try hasher.hash(password)
        guard let id = try insertAccount(name: name, role: role, passwordHash: hash, now: now) else {
            throw StoreError(.invalidAccount, "there is already an account named \(name)")
        }
        return NewAccount(
            account: Account(id: id, name: name, role: role, mustChangePassword: true), oneTimePassword: password)
    }

    /// The account named `name` (any case), if any.
    public func account(named name: String) throws(StoreError) -> Account? {
        try credentials(named: name)?.account
    }

    /// Replaces the password of account `id` (which ends the one-time password's use).
    public func setPassword(
        _ password: String, accountID id: Int64, hasher: PasswordHasher = PasswordHasher()
    ) throws(StoreError) {
        guard password.count >= NewsroomDatabase.minimumPasswordLength else {
            throw StoreError(
                .invalidAccount, "a password needs at least \(NewsroomDatabase.minimumPasswordLength) characters")
        }
        try replacePasswordHash(try hasher.hash(password), accountID: id, oneTime: false)
    }

    /// Gives account `id` a new one-time password, ends its sessions, and returns the password.
    public func resetPassword(accountID id: Int64, hasher: PasswordHasher = PasswordHasher()) throws(StoreError)
        -> String
    {
        let password = NewsroomDatabase.oneTimePassword()
        try replacePasswordHash(try hasher.hash(password), accountID: id, oneTime: true)
        return password
    }

    /// The account whose name and password these are; nil otherwise. An unknown name costs the
    /// same hashing as a known one, so timing does not tell which names exist.
    func checkPassword(name: String, password: String, hasher: PasswordHasher) throws(StoreError) -> Account? {
        guard let found = try credentials(named: name) else {
            _ = hasher.verify(password, against: NewsroomDatabase.decoyHash)
            return nil
        }
        return hasher.verify(password, against: found.passwordHash) ? found.account : nil
    }
}
