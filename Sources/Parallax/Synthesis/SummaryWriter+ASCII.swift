/// Checks of the summary read from the bytes of ASCII text, where every character is one byte
/// ("\r\n" aside, which is no word's mark nor a space): what they answer is what reading the
/// characters answers, without breaking the text into characters (most sentences are ASCII).
extension SummaryWriter {
    /// `pronounsOfSeveral` as bytes.
    static let pronounsOfSeveralBytes = pronounsOfSeveral.map { Array($0.utf8) }

    /// `standsForThingsTold` of ASCII text: a space-separated word of one of `pronounsOfSeveral`,
    /// in any case, closed by a comma, semicolon, colon or full stop.
    static func standsForThingsTold(ascii text: String.UTF8View) -> Bool {
        let marks: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ".")]
        return text.split(separator: UInt8(ascii: " ")).contains { word in
            guard let last = word.last, marks.contains(last) else { return false }
            let lowered = word.dropLast().lazy.map { (byte: UInt8) -> UInt8 in
                (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            }
            return pronounsOfSeveralBytes.contains { $0.elementsEqual(lowered) }
        }
    }
}
