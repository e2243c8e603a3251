// 位次: competition ranking within a peer group. Ties share a rank and the next rank skips
// (4.7, 4.6, 4.6, 4.5 → 1, 2, 2, 4). Units without a figure are left out (shown 「—」).
import Foundation

public enum Ranking {
    /// Ranks of the values present, by position (nil where absent); higher is better unless
    /// `direction` is down.
    public static func competitionRanks(_ values: [Figure?], direction: Direction) -> [Int?] {
        let present = values.indices.compactMap { i in values[i].map { (i, $0.sortKey) } }
        let sorted = present.sorted { direction == .up ? $0.1 > $1.1 : $0.1 < $1.1 }
        var ranks = [Int?](repeating: nil, count: values.count)
        var previous: Figure.SortKey?
        var rank = 0
        for (position, entry) in sorted.enumerated() {
            if previous != entry.1 { rank = position + 1 }
            ranks[entry.0] = rank
            previous = entry.1
        }
        return ranks
    }

    /// Ranks of the keys whose value is present; higher is better unless `direction` is down.
    public static func competitionRanks<Key: Hashable>(_ entries: [(Key, Figure?)], direction: Direction) -> [Key: Int] {
        let ranks = competitionRanks(entries.map(\.1), direction: direction)
        var result: [Key: Int] = [:]
        for (entry, rank) in zip(entries, ranks) { if let rank { result[entry.0] = rank } }
        return result
    }

    /// Figures are exact fractions, so they compare exactly: equal ratios computed from
    /// different parts tie (1/3 and 2/6), and 4.56 never ties 4.64 however they display.
    public static func comparable(_ value: Figure?) -> Figure? { value }
}
