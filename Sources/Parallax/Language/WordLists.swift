/// The long word lists, kept as data: one text file a list in `Sources/Parallax/WordLists`, one
/// entry a line (lowercased; an entry may hold spaces, "new york"), lines starting with `#` are
/// comments naming the Swift property that reads the list. SwiftPM compiles each file into the
/// library (`embedInCode` in Package.swift, read through `PackageResources`), so no file is read
/// at run time and a copied binary carries its lists. Add a list: put the file in the folder,
/// name it in Package.swift, and read it with `entries(_:)` (or, a table of two columns split by a
/// tab, with `pairs(_:)`).
enum WordLists {
    /// The entries of a list file: its lines, trimmed of spaces, tabs and carriage returns, but
    /// blank lines and comments.
    static func entries(_ file: [UInt8]) -> Set<String> {
        var entries = Set<String>()
        for line in file.split(separator: UInt8(ascii: "\n")) {
            let entry = line.drop(while: isBlank).reversed().drop(while: isBlank).reversed()
            guard let first = entry.first, first != UInt8(ascii: "#") else { continue }
            entries.insert(String(decoding: entry, as: UTF8.self))
        }
        return entries
    }

    /// The pairs of a table file: each entry's words before its first tab, and those after it.
    static func pairs(_ file: [UInt8]) -> [String: String] {
        var pairs: [String: String] = [:]
        for entry in entries(file) {
            guard let tab = entry.firstIndex(of: "\t") else { continue }
            pairs[String(entry[..<tab])] = String(entry[entry.index(after: tab)...])
        }
        return pairs
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
