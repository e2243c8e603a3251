// Case types (用地, 用工, 物流…) and their time limits in working days, configurable per type by
// admins. The defaults are WORKFLOWS.md's: accept or return within 2, sign for within 1, an
// assisting unit reports in 3, the lead unit answers in 7 (urgent: the same day), an objection
// within 1, an extension asked at least 1 before the deadline, once, for at most 10.

public struct CaseLimits: Hashable, Sendable, Codable {
    /// 受理 or 退回 (or 签收 of a grid event) after it is raised
    public var accept: Int
    /// the lead unit signs for it after assignment
    public var signFor: Int
    /// an assisting unit reports to the lead after assignment
    public var assist: Int
    /// the lead unit answers after assignment (urgent cases: the same day)
    public var answer: Int
    /// an objection to the assignment, after it
    public var objection: Int
    /// the longest extension
    public var extensionMax: Int
    /// how many working days before the deadline an extension must at least be asked
    public var extensionNotice: Int

    public init(accept: Int = 2, signFor: Int = 1, assist: Int = 3, answer: Int = 7, objection: Int = 1, extensionMax: Int = 10, extensionNotice: Int = 1) {
        (self.accept, self.signFor, self.assist, self.answer) = (accept, signFor, assist, answer)
        (self.objection, self.extensionMax, self.extensionNotice) = (objection, extensionMax, extensionNotice)
    }

    public static let standard = CaseLimits()

    /// The limits by name, as an admin edits them (and the API, the CLI and the store name them).
    public static let names = ["accept", "signFor", "assist", "answer", "objection", "extensionMax", "extensionNotice"]

    public subscript(name: String) -> Int? {
        get {
            switch name {
            case "accept": return accept
            case "signFor": return signFor
            case "assist": return assist
            case "answer": return answer
            case "objection": return objection
            case "extensionMax": return extensionMax
            case "extensionNotice": return extensionNotice
            default: return nil
            }
        }
        set {
            guard let value = newValue else { return }
            switch name {
            case "accept": accept = value
            case "signFor": signFor = value
            case "assist": assist = value
            case "answer": answer = value
            case "objection": objection = value
            case "extensionMax": extensionMax = value
            case "extensionNotice": extensionNotice = value
            default: break
            }
        }
    }
}

public struct CaseType: Hashable, Sendable, Codable {
    public let kind: CaseKind
    /// land, labour… (unique within its kind)
    public let code: String
    public var nameZh: String
    public var nameEn: String
    public var limits: CaseLimits

    public init(kind: CaseKind, code: String, nameZh: String, nameEn: String, limits: CaseLimits = .standard) {
        (self.kind, self.code, self.nameZh, self.nameEn, self.limits) = (kind, code, nameZh, nameEn, limits)
    }

    public func name(_ language: Language) -> String { language == .zh ? nameZh : nameEn }

    /// The types a new workspace starts with.
    public static let defaults: [CaseType] = {
        func request(_ code: String, _ zh: String, _ en: String, _ limits: CaseLimits = .standard) -> CaseType {
            CaseType(kind: .request, code: code, nameZh: zh, nameEn: en, limits: limits)
        }
        return [
            request("land", "用地", "Land"), request("labour", "用工", "Labour"), request("logistics", "物流", "Logistics"),
            request("funding", "资金", "Funding"), request("approvals", "审批", "Approvals"), request("power", "用电", "Power"),
            request("policy", "政策兑现", "Policy payments"),
            // complaints: 13 working days (WORKFLOWS.md)
            request("complaint", "投诉", "Complaint", CaseLimits(answer: 13)), request("other", "其他", "Other"),
            CaseType(kind: .task, code: "instruction", nameZh: "领导批示", nameEn: "Leader's instruction"),
            CaseType(kind: .task, code: "meeting", nameZh: "会议交办", nameEn: "Meeting decision", limits: CaseLimits(answer: 10)),
            CaseType(kind: .task, code: "rectification", nameZh: "巡视巡察整改", nameEn: "Inspection rectification", limits: CaseLimits(answer: 20)),
            CaseType(kind: .task, code: "other", nameZh: "其他督办", nameEn: "Other task"),
            CaseType(kind: .grid, code: "safety", nameZh: "安全隐患", nameEn: "Safety hazard"),
            CaseType(kind: .grid, code: "environment", nameZh: "环境卫生", nameEn: "Environment"),
            CaseType(kind: .grid, code: "dispute", nameZh: "矛盾纠纷", nameEn: "Dispute"),
            // complex grid matters: 10 working days (WORKFLOWS.md)
            CaseType(kind: .grid, code: "complex", nameZh: "复杂事项", nameEn: "Complex matter", limits: CaseLimits(answer: 10)),
            CaseType(kind: .grid, code: "other", nameZh: "其他事件", nameEn: "Other event"),
            CaseType(kind: .blocker, code: "land", nameZh: "用地", nameEn: "Land"),
            CaseType(kind: .blocker, code: "labour", nameZh: "用工", nameEn: "Labour"),
            CaseType(kind: .blocker, code: "funding", nameZh: "资金", nameEn: "Funding"),
            CaseType(kind: .blocker, code: "approvals", nameZh: "审批", nameEn: "Approvals"),
            CaseType(kind: .blocker, code: "power", nameZh: "用电", nameEn: "Power"),
            CaseType(kind: .blocker, code: "other", nameZh: "其他", nameEn: "Other"),
        ]
    }()
}
