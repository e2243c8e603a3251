// The cases' words (zh-Hans and en): kinds, states and actions as each kind names them, parties,
// ratings, colours, fields and the refusals. The case pages' own words are the server's (PageText).

public enum CaseLabel: String, Sendable, CaseIterable {
    case errorIllegal, errorNotParty, errorRequired, errorUnknownType, errorUnknownUnit, errorLeadAssisting, errorDueBeforeToday
    case errorPercent, errorObjectionClosed, errorExtensionUsed, errorExtensionPending, errorExtensionNotAsked, errorExtensionTooLate
    case errorExtensionTooLong, errorNotAssisting, errorTooLong, errorConflict, errorUnknownCase, errorNotPermittedRaise, errorBadText, errorOutsideArea, errorDueNotWorkingDay, errorDueBeforeSigning
    case noticeReminder, noticeUrge, noticeEscalation, noticeAssigned, noticeAnswered, noticeExtensionAsked, noticeUrgedByHand, noticeAssisting
}

extension Catalogue {
    private static let caseEntries: [CaseLabel: (zh: String, en: String)] = [
        .errorIllegal: ("%3$@处于「%2$@」状态，不能「%1$@」。", "This %3$@ is “%2$@” and cannot take “%1$@”."),
        .errorNotParty: ("只有%2$@可以「%1$@」。", "Only the %2$@ may take “%1$@”."),
        .errorRequired: ("请填写%@。", "%@ is required."),
        .errorUnknownType: ("没有「%1$@」这一%2$@类别。", "There is no type “%1$@” of %2$@."),
        .errorUnknownUnit: ("没有代码或名称为「%@」的单位或部门。", "No unit or department is called “%@”."),
        .errorLeadAssisting: ("「%@」已是主办单位，不能同时作为协办单位。", "“%@” is the lead unit and cannot also assist."),
        .errorDueBeforeToday: ("办理期限%@早于今天。", "The deadline %@ is before today."),
        .errorPercent: ("进度须在0至100之间，不能是%@。", "Progress must be between 0 and 100, not %@."),
        .errorObjectionClosed: ("异议须在分派后%2$@个工作日内提出；本件于%1$@分派，已超过时限。",
                                "An objection must be made within %2$@ working day(s) of the assignment; this case was assigned on %1$@."),
        .errorExtensionUsed: ("每件只能延期一次，本件已延期过。", "A case may be extended once only, and this one has been."),
        .errorExtensionPending: ("已有一项延期申请待审批。", "An extension asked for is still waiting for a decision."),
        .errorExtensionNotAsked: ("本件没有待审批的延期申请。", "No extension has been asked for."),
        .errorExtensionTooLate: ("延期须在办理期限（%1$@）前至少%2$@个工作日提出。", "An extension must be asked at least %2$@ working day(s) before the deadline (%1$@)."),
        .errorExtensionTooLong: ("延期最多%2$@个工作日，申请的是%1$@个。", "An extension is at most %2$@ working days; %1$@ were asked."),
        .errorNotAssisting: ("只有协办单位可以协办反馈。", "Only an assisting unit can report as one."),
        .errorTooLong: ("%1$@不能超过%2$@个字。", "%1$@ cannot be longer than %2$@ characters."),
        .errorConflict: ("本件已被他人处理，您看到的状态已过时。请刷新页面查看最新情况后再操作；您填写的内容仍保留在表单中。",
                         "Someone else acted on this case after you opened it. Reload to see where it stands, then try again; what you typed is still in the form."),
        .errorBadText: ("%@含有控制字符或文字方向控制符，请删除后再提交。", "%@ contains a control character or a text-direction override: remove it and try again."),
        .errorOutsideArea: ("「%@」不在您的管辖范围内，或不是可以承办案件的单位（网格只上报、不承办）。", "“%@” is outside your area, or is not a unit that handles cases (grids report, they do not handle)."),
        .errorDueNotWorkingDay: ("办理期限%@不是工作日，请选择工作日。", "The deadline %@ is not a working day: choose a working day."),
        .errorDueBeforeSigning: ("办理期限%1$@早于签收期限%2$@。", "The deadline %1$@ is before the day it must be signed for, %2$@."),
        .errorUnknownCase: ("没有编号为%@的案件。", "There is no case %@."),
        .errorNotPermittedRaise: ("您不能在%@提出此类事项。", "You cannot raise this kind of case in %@."),
        .noticeReminder: ("%1$@「%2$@」将于%3$@到期，请抓紧办理。", "The %1$@ “%2$@” is due on %3$@: please act on it."),
        .noticeUrge: ("催办：%1$@「%2$@」已于%3$@到期，尚未办结，请立即办理并反馈。", "Urged: the %1$@ “%2$@” was due on %3$@ and is not finished: act on it and report back now."),
        .noticeEscalation: ("%1$@「%2$@」已超期%4$@个工作日（期限%3$@），主办单位为%5$@，请督办领导关注。",
                            "The %1$@ “%2$@” is %4$@ working days overdue (due %3$@); the lead unit is %5$@. For the supervising leader's attention."),
        .noticeAssigned: ("%1$@「%2$@」已分派给贵单位主办，请于%3$@前签收，%4$@前答复。", "The %1$@ “%2$@” is assigned to your unit as lead: sign for it by %3$@ and answer by %4$@."),
        .noticeAssisting: ("%1$@「%2$@」已分派，贵单位为协办单位，请于%3$@前向主办单位反馈协办情况。", "The %1$@ “%2$@” is assigned with your unit assisting: report to the lead unit by %3$@."),
        .noticeAnswered: ("%1$@「%2$@」已答复，请查看并评价。", "The %1$@ “%2$@” has been answered: please read and rate the answer."),
        .noticeExtensionAsked: ("%1$@「%2$@」申请延期%3$@个工作日，请审批。", "The %1$@ “%2$@”: an extension of %3$@ working days is asked for; please decide."),
        .noticeUrgedByHand: ("催办：%1$@「%2$@」，%3$@", "Urged: the %1$@ “%2$@”: %3$@"),
    ]

    public static func text(_ label: CaseLabel, _ language: Language) -> String {
        guard let entry = caseEntries[label] else { return label.rawValue }
        return language == .zh ? entry.zh : entry.en
    }

    public static func kindName(_ kind: CaseKind, _ language: Language) -> String {
        let zh = language == .zh
        switch kind {
        case .request: return zh ? "企业诉求" : "enterprise request"
        case .task: return zh ? "督办事项" : "supervision task"
        case .grid: return zh ? "网格事件" : "grid event"
        case .blocker: return zh ? "项目问题" : "project blocker"
        }
    }

    /// A state as the kind names it (分派 / 交办 / 派遣).
    public static func stateName(_ state: CaseState, _ kind: CaseKind, _ language: Language) -> String {
        let names: (zh: String, en: String)
        switch (state, kind) {
        case (.raised, .request): names = ("待受理", "awaiting acceptance")
        case (.raised, .task): names = ("已立项", "registered")
        case (.raised, .grid): names = ("已上报", "reported")
        case (.raised, .blocker): names = ("已提出", "raised")
        case (.accepted, .grid): names = ("已签收", "signed for")
        case (.accepted, _): names = ("已受理", "accepted")
        case (.returned, _): names = ("已退回", "returned")
        case (.assigned, .request): names = ("已分派", "assigned")
        case (.assigned, .grid): names = ("已派遣", "dispatched")
        case (.assigned, _): names = ("已交办", "handed out")
        case (.inProgress, .task): names = ("跟踪推进", "being tracked")
        case (.inProgress, .grid): names = ("处置中", "being handled")
        case (.inProgress, .blocker): names = ("协调中", "being solved")
        case (.inProgress, _): names = ("办理中", "in progress")
        case (.answered, .request): names = ("已答复", "answered")
        case (.answered, _): names = ("已反馈", "reported back")
        case (.verified, _): names = ("已核查", "verified")
        case (.closed, .task): names = ("已办结归档", "archived")
        case (.closed, .grid): names = ("已结案", "closed")
        case (.closed, .blocker): names = ("已解决", "resolved")
        case (.closed, _): names = ("已办结", "closed")
        }
        return language == .zh ? names.zh : names.en
    }

    /// An action as the kind names it; `kind` nil: the general word.
    public static func actionName(_ action: CaseAction, _ kind: CaseKind?, _ language: Language) -> String {
        let names: (zh: String, en: String)
        switch (action, kind) {
        case (.raise, .request?): names = ("吹哨", "raise")
        case (.raise, .task?): names = ("立项", "register")
        case (.raise, .grid?): names = ("上报", "report")
        case (.raise, _): names = ("提出", "raise")
        case (.accept, .grid?): names = ("签收", "sign for")
        case (.accept, _): names = ("受理", "accept")
        case (.return, _): names = ("退回", "return")
        case (.assign, .request?): names = ("分派", "assign")
        case (.assign, .grid?): names = ("派遣", "dispatch")
        case (.assign, _): names = ("交办", "hand out")
        case (.signFor, _): names = ("签收", "sign for")
        case (.object, _): names = ("提出异议", "object")
        case (.askExtension, _): names = ("申请延期", "ask for an extension")
        case (.grantExtension, _): names = ("同意延期", "grant the extension")
        case (.refuseExtension, _): names = ("不同意延期", "refuse the extension")
        case (.assistReport, _): names = ("协办反馈", "report as assisting unit")
        case (.progress, _): names = ("报告进展", "report progress")
        case (.answer, .request?): names = ("答复", "answer")
        case (.answer, .grid?): names = ("处置反馈", "report the handling")
        case (.answer, _): names = ("反馈", "report back")
        case (.rate, _): names = ("回访评价", "rate the answer")
        case (.verify, _): names = ("核查通过", "verify")
        case (.reopen, .request?): names = ("重办", "reopen")
        case (.reopen, _): names = ("退回重办", "send back")
        case (.close, .task?): names = ("办结归档", "archive")
        case (.close, .grid?): names = ("结案", "close")
        case (.close, .blocker?): names = ("确认解决", "confirm solved")
        case (.close, _): names = ("办结", "close")
        case (.comment, _): names = ("补充说明", "add information")
        case (.urge, _): names = ("催办", "urge")
        }
        return language == .zh ? names.zh : names.en
    }

    public static func partyName(_ party: CaseParty, _ language: Language) -> String {
        let zh = language == .zh
        switch party {
        case .centre: return zh ? "督办中心" : "supervising centre"
        case .lead: return zh ? "主办单位" : "lead unit"
        case .assisting: return zh ? "协办单位" : "assisting unit"
        case .raiser: return zh ? "提出方" : "raiser"
        }
    }

    public static func ratingName(_ rating: Rating, _ language: Language) -> String {
        let zh = language == .zh
        switch rating {
        case .satisfied: return zh ? "满意" : "satisfied"
        case .basicallySatisfied: return zh ? "基本满意" : "fairly satisfied"
        case .dissatisfied: return zh ? "不满意" : "dissatisfied"
        }
    }

    public static func colourName(_ colour: CaseColour, _ language: Language) -> String {
        let zh = language == .zh
        switch colour {
        case .red: return zh ? "红色（超期）" : "red (overdue)"
        case .yellow: return zh ? "黄色（滞后）" : "yellow (behind)"
        case .blue: return zh ? "蓝色（临期）" : "blue (due soon)"
        }
    }

    /// A form or API field as a message names it.
    public static func fieldName(_ field: String, _ language: Language) -> String {
        let zh = language == .zh
        switch field {
        case "note": return zh ? "说明" : "The note"
        case "title": return zh ? "标题" : "The title"
        case "detail": return zh ? "具体内容" : "The details"
        case "lead": return zh ? "主办单位" : "The lead unit"
        case "days": return zh ? "延期工作日数" : "The working days asked"
        case "rating": return zh ? "评价" : "The rating"
        case "due": return zh ? "办理期限" : "The deadline"
        case "type": return zh ? "类别" : "The type"
        case "org": return zh ? "所属单位" : "The unit"
        case "project": return zh ? "项目" : "The project"
        case "percent": return zh ? "进度" : "The progress"
        case "enterprise": return zh ? "企业" : "The enterprise"
        case "attachment": return zh ? "附件名称" : "The attachment's name"
        default: return field
        }
    }
}
