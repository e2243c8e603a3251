// The project figures and the register as an Excel workbook (/projects.xlsx): a sheet by area
// (the city and every unit the reader may read — the rows of the CSV download), a sheet by
// industrial chain (readers of the whole city), and the register as /projects lists it (the same
// filters), each with its title row and the page's columns. Counts, rates, amounts, gaps (signed,
// as the page shows them), shares and ranks are numbers with the page's rounding as their format;
// 「—」 is an empty cell.
import TiaoduCore
import TiaoduSheets
import TiaoduStore

enum ProjectsWorkbook {
    /// `areas`, `chains`: the figures' rows (ProjectTrackingController.figureRows); `register`:
    /// the readable projects the page's filters keep; `standings`: this year's investment by project.
    static func sheets(areas: [PortfolioFigures], chains: [PortfolioFigures], ranks: [String: Int], register: [StoredProject],
                       standings: [String: ProjectStanding], _ p: PageContext) -> [Worksheet] {
        let span = Catalogue.periodHeading(p.period, p.language)
        let figures = p.text(.figuresTitle)
        var sheets = [figuresSheet(areas, name: p.text(.byCounty), title: "\(figures) · \(p.text(.byCounty)) · \(span)", ranks: ranks, p) {
            p.workspace.orgName($0, p.language)
        }]
        if !chains.isEmpty {
            sheets.append(figuresSheet(chains, name: p.text(.byChain), title: "\(figures) · \(p.text(.byChain)) · \(span)", ranks: nil, p) { $0 })
        }
        sheets.append(registerSheet(register, standings: standings, title: "\(p.text(.projectsTitle)) · \(span)", p))
        return sheets
    }

    /// Rows by area (`ranks` given: the city's own row first and unranked) or by chain.
    static func figuresSheet(_ rows: [PortfolioFigures], name: String, title: String, ranks: [String: Int]?, _ p: PageContext,
                             rowName: (String) -> String) -> Worksheet {
        let l = p.language
        var header = [p.text(ranks == nil ? .industryChain : .org), p.text(.projectsCount)] + ProjectStage.allCases.map { Catalogue.stage($0, l) }
        let columns: [PageLabel] = [.startRate, .completionRate, .productionRate, .planSum, .invested, .investmentCompletion, .schedule, .gapShort, .shareOfCity]
        header += columns.map { p.text($0) }
        if ranks != nil { header.append(p.text(.rankInGroup)) }
        let root = p.workspace.tree.root?.code
        var lines: [TableWorkbook.Line] = rows.map { f in
            let isCity = ranks != nil && f.key == root
            var cells: [SheetCell] = [.text(rowName(f.key), CellStyle(bold: isCity))]
            cells.append(TableWorkbook.integer(f.projects, bold: isCity))
            cells += ProjectStage.allCases.map { TableWorkbook.integer(f.byStage[$0] ?? 0, bold: isCity) }
            let rates: [String] = [f.startRate, f.completionRate, f.productionRate].map { ProjectsOverviewView.percent($0) }
            let amounts: [String] = [f.annualPlan.fixed(2), f.invested.fixed(2), ProjectsOverviewView.percent(f.investmentCompletion),
                                     ProjectsOverviewView.percent(f.schedule), f.gap.map { ProjectsOverviewView.signedGap($0) } ?? BulletinCells.missing,
                                     ProjectsOverviewView.percent(f.share)]
            cells += (rates + amounts).map { TableWorkbook.number($0, bold: isCity) }
            if let ranks { cells.append(TableWorkbook.integer(isCity ? nil : ranks[f.key], bold: isCity)) }
            return TableWorkbook.Line.cells(cells)
        }
        if lines.isEmpty { lines.append(.note(p.text(.noProjects))) }
        return TableWorkbook.sheet(name: name, title: title, header: header, lines: lines)
    }

    /// The register: each project's record, its plan and what it has invested this year.
    static func registerSheet(_ projects: [StoredProject], standings: [String: ProjectStanding], title: String, _ p: PageContext) -> Worksheet {
        let l = p.language
        let header = [PageLabel.projectName, .projectCode, .projectOwner, .industryChain, .projectCategory, .listLevel, .sizeTier,
                      .totalInvestment, .annualPlan, .plannedStart, .stage, .investedThisYear, .investmentCompletion].map { p.text($0) }
        var lines: [TableWorkbook.Line] = projects.map { stored in
            let x = stored.project
            let standing = standings[x.code]
            let texts = [x.name, x.code, p.workspace.orgName(x.owner, l), x.chain ?? x.industry ?? "", Catalogue.category(x.category, l),
                         Catalogue.level(x.listLevel, l), Catalogue.tier(x.sizeTier, l)]
            var cells = texts.map { SheetCell.text($0) }
            cells += [TableWorkbook.number(stored.totalText), TableWorkbook.number(stored.planText)]
            cells.append(.text(x.plannedStart.map { Catalogue.periodName($0, l) } ?? ""))
            cells.append(.text(Catalogue.stage(x.stage, l)))
            cells.append(TableWorkbook.number(standing?.invested.fixed(2)))
            cells.append(TableWorkbook.number(ProjectsOverviewView.percent(standing?.completion)))
            return TableWorkbook.Line.cells(cells)
        }
        if lines.isEmpty { lines.append(.note(p.text(.noProjects))) }
        return TableWorkbook.sheet(name: p.text(.projectsTitle), title: title, header: header, lines: lines)
    }
}
