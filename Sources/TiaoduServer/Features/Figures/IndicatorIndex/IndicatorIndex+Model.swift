// The indicator catalogue (/indicators): every indicator with its unit, how often it is reported
// and how it accumulates, grouped by the department that owns it (条线) in catalogue order, the
// indicators no department owns last. The catalogue is no unit's figures: everybody reads it.
import TiaoduCore

struct IndicatorIndexModel {
    struct Line {
        let code, name, unit, frequency, accumulation: String
    }

    struct Group {
        /// the owning department (nil: no department owns these)
        let department: String?
        let lines: [Line]
    }

    let period: Period
    let groups: [Group]

    init(_ p: PageContext) {
        let workspace = p.workspace, l = p.language
        period = p.period
        let departments = workspace.indicators.map(\.department).reduce(into: [String?]()) { if !$0.contains($1) { $0.append($1) } }
        // The indicators no department owns come last.
        let order = departments.filter { $0 != nil } + departments.filter { $0 == nil }
        groups = order.map { department in
            Group(department: department, lines: workspace.indicators.filter { $0.department == department }.map { i in
                Line(code: i.code, name: workspace.indicatorName(i.code, l), unit: Catalogue.unitName(i.unit, l),
                     frequency: p.text(PageLabel.frequencyWord(i.frequency)), accumulation: p.text(PageLabel.accumulationWord(i.accumulation)))
            })
        }
    }
}

extension PageLabel {
    /// 月度 / 季度 / 年度
    static func frequencyWord(_ frequency: Frequency) -> PageLabel {
        switch frequency {
        case .monthly: return .monthly
        case .quarterly: return .quarterly
        case .annual: return .annual
        }
    }

    /// How an indicator's periods add up to the year, as a reader says it.
    static func accumulationWord(_ accumulation: Accumulation) -> PageLabel {
        switch accumulation {
        case .flow: return .flow
        case .cumulative: return .cumulative
        case .stock: return .stock
        case .ratio: return .ratioKind
        }
    }
}
