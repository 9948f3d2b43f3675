extension StringProtocol {
    /// Whether the text has more than `count` characters: `self.count > count`, reading at most
    /// `count + 1` characters instead of all of them.
    func hasMoreCharacters(than count: Int) -> Bool {
        guard let index = self.index(startIndex, offsetBy: count, limitedBy: endIndex) else { return false }
        return index != endIndex
    }
}

extension String {
    /// The string of a run of scalars, encoded straight to UTF-8: appending scalars to a
    /// `String.UnicodeScalarView` one by one is several times slower.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var position = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    buffer[position] = unit
                    position += 1
                }
            }
            return position
        }
    }
}
