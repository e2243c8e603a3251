// GET /import and POST /import: a file uploaded in the browser — CSV, or an Excel workbook (.xlsx)
// as the office keeps it, any sheet — through the one import pipeline (all or nothing, the user's
// scope, locks), or only checked (试导入: what would change, nothing written). The report names
// every refused row by its sheet and row (or line) and column.
import Foundation
import Vapor
import TiaoduCore
import TiaoduSheets
import TiaoduStore

struct ImportPages: PageRoutes {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get("import", use: form)
        routes.on(.POST, "import", body: .collect(maxSize: context.maxBody), use: upload)
    }

    /// The kinds a user may import: every kind for an administrator; a unit's own values and
    /// project progress for those who enter figures.
    static func kinds(_ principal: Principal) -> [ImportKind] {
        if principal.isAdmin { return ImportKind.allCases }
        return principal.roles.isDisjoint(with: [.reporter, .department, .approver]) ? [] : [.values, .progress]
    }

    func form(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/import") { p in
            let kinds = Self.kinds(principal)
            guard !kinds.isEmpty, let csrf = p.page.csrf else { throw APIError(status: .forbidden, message: p.text(.notPermittedAction)) }
            let chosen = p.query("kind").flatMap(ImportKind.init(rawValue:)) ?? kinds.first { $0 == .values } ?? kinds[0]
            return p.respond(ImportPageView.render(ImportPageView.State(kinds: kinds, kind: chosen, sheet: "", dryRun: true), p.page, csrf: csrf))
        }
    }

    /// What a multipart upload carries.
    struct Upload: Content {
        var kind: String?
        var sheet: String?
        var dry_run: String?
        var _csrf: String?
        var file: File?
    }

    func upload(_ request: Request) async throws -> Response {
        guard let signedIn = request.signedIn, let session = signedIn.session else { return Self.signInFirst(request) }
        let upload = try? request.content.decode(Upload.self)
        guard let upload, upload._csrf == session.csrf else {
            throw APIError(status: .forbidden, message: PageText.text(.formExpired, request.language))
        }
        let principal = signedIn.principal
        let kinds = Self.kinds(principal)
        guard let kind = upload.kind.flatMap(ImportKind.init(rawValue:)), kinds.contains(kind) else {
            throw APIError(status: .forbidden, message: PageText.text(.notPermittedAction, request.language))
        }
        let sheetName = upload.sheet?.trimmingCharacters(in: .whitespaces) ?? ""
        let dryRun = upload.dry_run == "1"
        var state = ImportPageView.State(kinds: kinds, kind: kind, sheet: sheetName, dryRun: dryRun)
        state.fileName = upload.file?.filename
        let language = request.language
        var status: HTTPStatus = .ok
        var titles: [String: String] = [:]
        do {
            guard let file = upload.file, file.data.readableBytes > 0 else { throw ImportFailure([ImportIssue(line: 1, column: nil, reason: .noHeader)]) }
            let bytes = Data(buffer: file.data)
            let table: CSVTable
            if SheetImport.isWorkbook(bytes) {
                let workbook = try Workbook(bytes: bytes, limits: ZipLimits(partBytes: 512 << 20))
                let sheet = try workbook.sheet(named: sheetName.isEmpty ? nil : sheetName)
                state.readSheet = sheet.name
                titles = SheetImport.columnTitles(workbook)
                table = try SheetImport.table(kind, workbook, sheet: sheet)
            } else if let text = String(data: bytes, encoding: .utf8) {
                table = try kind.table(text)
            } else {
                throw UnknownFormat()
            }
            state.summary = try await context.store.write(kind, records: table.records, actor: principal.login, source: .csv,
                                                          principal: principal, dryRun: dryRun)
        } catch let failure as ImportFailure {
            state.issues = failure.issues.map { $0.describe(language, sheet: state.readSheet, columns: titles) }
            state.more = failure.more
            status = .badRequest
        } catch let error as SheetError {
            state.problem = error.message(language)
            status = .badRequest
        } catch is UnknownFormat {
            state.problem = Catalogue.text(.unknownFormat, language)
            status = .badRequest
        } catch let busy as StoreBusy {
            state.problem = "\(busy)"
            status = .serviceUnavailable
        }
        let result = state
        return try await context.page(request, path: "/import") { p in
            p.respond(ImportPageView.render(result, p.page, csrf: session.csrf), status: status)
        }
    }

    private struct UnknownFormat: Error {}
}
