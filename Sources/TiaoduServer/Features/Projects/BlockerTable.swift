// Blockers as a table: kind, what, who must solve it, due (marked when overdue), raised, days
// open — on the overview (every open blocker the reader may see, oldest first) and on a project
// page (with a resolve form for those who may enter the owner's figures).
import TiaoduCore

enum BlockerTable {
    static func render(_ blockers: [Blocker], _ p: PageContext, projects: [String: Project]?, today: Day, resolveForm: Bool) -> Node {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        var head: [Node] = []
        if projects != nil { head.append(.th(.text(p.text(.navProjects))).scope("col")) }
        head += [PageLabel.blockerKind, .blockerDescription, .solver, .due, .raised, .daysOpen].map { Node.th(t($0)).scope("col") }
        if resolveForm { head.append(.th(t(.resolve)).scope("col")) }
        let csrf = p.csrf
        let rows: [Node] = blockers.map { b in
            var cells: [Node] = []
            if let projects {
                let project: Node = projects[b.code].map(ProjectsOverviewView.projectLink) ?? .text(b.code)
                cells.append(.th(project).scope("row"))
            }
            cells.append(.td(.text(Catalogue.blockerKind(b.kind, l))))
            cells.append(.td(.text(b.description)).style("white-space:normal"))
            cells.append(.td(.text(b.solver)))
            let overdue: Node = b.isOverdue(on: today) ? .group([" ", .span(t(.overdueMark)).class("flag")]) : .empty
            cells.append(.td(.text(b.due?.description ?? BulletinCells.missing), overdue))
            cells.append(.td("\(b.raised) · \(b.raisedBy)"))
            cells.append(.td("\(b.age(on: today))").class("num"))
            if resolveForm, b.isOpen, let csrf {
                let input = Node.input().name("resolution").flag("required").attr("maxlength", "200")
                    .ariaLabel(p.text(.resolution)).placeholder(p.text(.resolution))
                cells.append(.td(.form(.hidden("_csrf", csrf), input, .button(t(.resolve)).type("submit"))
                    .class("act").method("post").action("/blockers/\(b.id)/resolve")))
            } else if resolveForm {
                cells.append(.td(.text(b.resolved?.description ?? "")))
            }
            return Node.tr(cells)
        }
        return .div(.table(.thead(.tr(head)), .tbody(rows)).class("compact")).class("scroll")
    }
}
