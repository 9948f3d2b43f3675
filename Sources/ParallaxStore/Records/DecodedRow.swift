internal import GRDB

/// A row read by column name into a `Decodable` store type through GRDB's decoding, the way
/// the PostgreSQL store reads the same types (`PostgresRowDecoder`): a property with no
/// column of its name (`ActiveSession.account`) is read from the same row.
struct DecodedRow<Value: Decodable>: FetchableRecord, Decodable {
    var value: Value

    init(from decoder: any Decoder) throws { value = try Value(from: decoder) }
}

extension NewsroomDatabase {
    /// The first row of `sql` as `Value`; nil without one, or when it holds a name this
    /// version does not know (`UnknownStoredName`: an account of a newer version's role).
    static func fetchKnown<Value: Decodable>(
        _ type: Value.Type, _ db: Database, sql: String, arguments: StatementArguments
    ) throws -> Value? {
        do {
            return try DecodedRow<Value>.fetchOne(db, sql: sql, arguments: arguments)?.value
        } catch is UnknownStoredName {
            return nil
        }
    }
}
