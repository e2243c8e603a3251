// Cutting a text to a length Excel counts in UTF-16 units (sheet names, input and error
// messages), between whole characters so that no character is ever split.

extension String {
    /// The longest prefix of whole characters that fits in `limit` UTF-16 units.
    func truncated(toUTF16 limit: Int) -> String {
        guard utf16.count > limit else { return self }
        var result = ""
        var used = 0
        for character in self {
            let units = character.utf16.count
            if used + units > limit { break }
            result.append(character)
            used += units
        }
        return result
    }
}
