// The projects' section on the figures pages (dashboard, bulletin, scorecard): the project
// feature decides what it shows; the figures pages only place it.
import Vapor
import TiaoduCore

extension PageRoutes {
    /// The project section of a page: only for signed-in readers, for a month.
    static func projectSection(_ p: PageRequest, _ render: (ProjectOverview) -> Node) async throws -> Node {
        guard p.request.principal != nil, p.period.frequency == .monthly else { return .empty }
        return render(try await p.reader.projectOverview(asOf: AsOf(year: p.period.year, month: p.period.endMonth)))
    }
}
