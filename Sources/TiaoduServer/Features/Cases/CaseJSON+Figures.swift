// The JSON shapes of GET /api/v1/case-figures: a unit's or department's figures for the period
// with its rank, and the two leagues.
import Foundation
import TiaoduCore
import TiaoduStore

extension CaseJSON {
    /// Whether a unit of the figures is an org unit of the tree or a department (条线).
    enum UnitKind: String, CaseIterable, Encodable {
        case org, department
    }

    /// A unit's or department's figures for the period, with its place in its own league.
    struct FigureRow: OpenAPIObject {
        /// the org code, or dept:NAME
        let unit: String
        let name: String
        let kind: UnitKind
        let received: Int
        let closed: Int
        let closedOnTime: Int
        /// closed on time ÷ closed, per cent to 1 decimal; null when nothing was closed
        let onTimeRate: String?
        /// working days from assignment to the answer, to 1 decimal; null when nothing was closed
        let averageDays: String?
        let open: Int
        let red: Int
        let yellow: Int
        let blue: Int
        let rated: Int
        let satisfied: Int
        /// (满意 + 基本满意) ÷ rated, per cent to 1 decimal; null when nothing was rated
        let satisfaction: String?
        let reopened: Int
        /// among the list's units; null for a unit with nothing closed, or for a reader who does
        /// not read every case it is computed from
        let rank: Int?

        init(_ row: CaseLeagueRow, name: String, ranked: Bool) {
            let f = row.figures
            unit = row.unit.description
            self.name = name
            kind = row.unit.orgCode == nil ? .department : .org
            (received, closed, closedOnTime, onTimeRate, averageDays) = (f.received, f.closed, f.closedOnTime, f.onTimeRate?.fixed(1), f.averageDays?.fixed(1))
            (open, red, yellow, blue) = (f.open, f.red, f.yellow, f.blue)
            (rated, satisfied, satisfaction, reopened) = (f.rated, f.satisfied, f.satisfaction?.fixed(1), f.reopened)
            rank = ranked ? row.rank : nil
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case unit, name, kind, received, closed, closedOnTime, onTimeRate, averageDays, open, red, yellow, blue, rated, satisfied, satisfaction, reopened, rank
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .unit, .name: .string
            case .kind: .oneOf(UnitKind.self)
            case .received, .closed, .closedOnTime, .open, .red, .yellow, .blue, .rated, .satisfied, .reopened: .integer
            case .onTimeRate, .averageDays, .satisfaction: CaseJSON.oneDecimal.nullable
            case .rank: .integer.nullable
            }
        }
    }

    /// GET /api/v1/case-figures: the org units' league and the departments' league.
    struct Figures: OpenAPIObject {
        let from: String
        let to: String
        /// open cases and their colours are as of this day
        let asOf: String
        let units: [FigureRow]
        let departments: [FigureRow]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case from, to, asOf, units, departments
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .from, .to, .asOf: .string
            case .units, .departments: .array(of: FigureRow.openAPISchema)
            }
        }
    }
}
