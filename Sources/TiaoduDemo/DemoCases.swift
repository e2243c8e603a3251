// The demo's cases, August–September 2021 in 邗江区, as scripts the demo loader plays through the
// store (store.cases.raise / act, each step on its own day, by an account with the right role):
// enterprises' requests (企业吹哨) about 物流, 用地, 用工 answered by towns and the district's
// departments and rated — one rated 不满意 and reopened; supervision tasks (督办) from the
// inspection's rectification list (巡视巡察整改) and the monthly dispatch meeting (会议交办) with
// their progress, one behind schedule; grid events (网格事件) from 瓜洲镇's and 方巷镇's
// micro-grids. On the demo's day, 2021-09-30, some are on time, some blue (due 2021-10-08, the
// first working day after the National Day holiday), some yellow, some red.
//
// The enterprises are fictional: invented names, no real company is meant.
import TiaoduCore

public enum DemoCases {
    /// (code, name, org): fictional enterprises in 邗江区's towns
    public static let enterprises: [(code: String, name: String, org: String)] = [
        ("hj-e01", "扬州瓜洲润通物流有限公司", "hj-guazhou"),
        ("hj-e02", "扬州方巷恒泰食品有限公司", "hj-fangxiang"),
        ("hj-e03", "扬州杨寿宏达机械制造有限公司", "hj-yangshou"),
        ("hj-e04", "扬州公道佳禾农业科技有限公司", "hj-gongdao"),
        ("hj-e05", "扬州瓜洲江源船舶配件有限公司", "hj-guazhou"),
        ("hj-e06", "扬州方巷锦程包装材料有限公司", "hj-fangxiang"),
        ("hj-e07", "扬州杨寿新锐电子科技有限公司", "hj-yangshou"),
    ]

    /// One step: on `day`, the account `login` takes `command`.
    public struct Step: Sendable {
        public let day: Day
        public let login: String
        public let command: CaseCommand
    }

    /// One case: raised on `raised` by `login`, then its steps in order.
    public struct Script: Sendable {
        public let draft: CaseDraft
        public let login: String
        public let raised: Day
        public let steps: [Step]
    }

    /// The centre of 邗江区's cases (受理, 分派, 督办, 核查, 办结).
    static let centre = "hanjiang-approver"
    static let fgw = CaseUnit.department("邗江区发改委")
    static let zrzy = CaseUnit.department("邗江区自然资源局")
    static let rsj = CaseUnit.department("邗江区人社局")
    static let guazhou = CaseUnit.org("hj-guazhou")
    static let fangxiang = CaseUnit.org("hj-fangxiang")
    static let district = CaseUnit.org("hanjiang")

    /// The account that acts for a lead unit.
    static func login(_ unit: CaseUnit) -> String {
        switch unit {
        case fgw: return "hj-fgw"
        case zrzy: return "hj-zrzy"
        case rsj: return "hj-rsj"
        case guazhou: return "guazhou"
        case fangxiang: return "fangxiang"
        default: return "hanjiang"
        }
    }

    static func day(_ text: String) -> Day { Day(text)! }

    /// Steps of a case handled the usual way: assigned (after 受理 for requests and grid events)
    /// and signed for on the day raised, answered, then rated (requests), checked (grid events)
    /// and closed — as far as the arguments go — then `then`.
    static func handled(_ kind: CaseKind, raised: String, lead: CaseUnit, assisting: [CaseUnit] = [], due: String? = nil,
                        answered: (String, String)? = nil, rating: (String, Rating, String)? = nil, closed: String? = nil,
                        then: [Step] = []) -> [Step] {
        let by = login(lead)
        var steps: [Step] = []
        if kind == .request || kind == .grid { steps.append(Step(day: day(raised), login: centre, command: CaseCommand(.accept))) }
        steps.append(Step(day: day(raised), login: centre, command: CaseCommand(.assign, lead: lead, assisting: assisting, due: due.map { day($0) })))
        steps.append(Step(day: day(raised), login: by, command: CaseCommand(.signFor)))
        if let answered { steps.append(Step(day: day(answered.0), login: by, command: CaseCommand(.answer, note: answered.1))) }
        if let rating { steps.append(Step(day: day(rating.0), login: centre, command: CaseCommand(.rate, note: rating.2, rating: rating.1))) }
        if let closed {
            if kind == .grid { steps.append(Step(day: day(closed), login: centre, command: CaseCommand(.verify, note: "现场核查属实，处置到位"))) }
            steps.append(Step(day: day(closed), login: centre, command: CaseCommand(.close)))
        }
        return steps + then
    }

    static func request(_ enterprise: Int, _ type: String, _ title: String, _ detail: String, raised: String, by: String = "hanjiang",
                        steps: [Step]) -> Script {
        let e = enterprises[enterprise - 1]
        return Script(draft: CaseDraft(kind: .request, type: type, title: title, detail: detail, org: e.org, enterprise: e.code),
                      login: by, raised: day(raised), steps: steps)
    }

    static func task(_ type: String, _ title: String, _ detail: String, raised: String, due: String? = nil, steps: [Step]) -> Script {
        Script(draft: CaseDraft(kind: .task, type: type, title: title, detail: detail, org: "hanjiang", due: due.map { day($0) }),
               login: centre, raised: day(raised), steps: steps)
    }

    static func grid(_ type: String, _ grid: String, _ title: String, _ detail: String, raised: String, urgent: Bool = false, steps: [Step]) -> Script {
        Script(draft: CaseDraft(kind: .grid, type: type, title: title, detail: detail, org: grid, urgent: urgent),
               login: grid.hasPrefix("hj-guazhou") ? "guazhou" : "fangxiang", raised: day(raised), steps: steps)
    }

    static func progress(_ on: String, _ unit: CaseUnit, _ percent: Int, _ note: String) -> Step {
        Step(day: day(on), login: login(unit), command: CaseCommand(.progress, note: note, percent: percent))
    }

    /// Every case, in the order raised.
    public static func scripts() -> [Script] {
        let satisfied = Rating.satisfied, fair = Rating.basicallySatisfied
        let requests: [Script] = [
            request(1, "logistics", "物流园进出道路大货车限行时段调整", "润通物流园早晚高峰大货车限行，进出园区车辆排队，请求调整限行时段。", raised: "2021-08-03", by: "qiye",
                    steps: handled(.request, raised: "2021-08-03", lead: guazhou, answered: ("2021-08-10", "已会同交警部门将园区道路限行时段调整为7:00—8:30，9月1日起执行。"),
                                   rating: ("2021-08-12", satisfied, ""))),
            request(2, "labour", "中秋旺季临时用工缺口约80人", "中秋月饼生产旺季，包装、分拣岗位缺口约80人。", raised: "2021-08-05",
                    steps: handled(.request, raised: "2021-08-05", lead: rsj, answered: ("2021-08-13", "已组织两场专场招聘，到岗62人，余缺由劳务派遣补足。"),
                                   rating: ("2021-08-16", satisfied, ""))),
            request(3, "land", "厂区扩建用地规划条件确认", "拟在现有厂区东侧扩建，请求确认地块规划条件。", raised: "2021-08-09",
                    steps: handled(.request, raised: "2021-08-09", lead: zrzy, answered: ("2021-08-18", "地块规划为工业用地，容积率不低于1.2，已出具规划条件。"),
                                   rating: ("2021-08-20", fair, ""))),
            request(5, "logistics", "码头至厂区集卡过磅排队", "瓜洲码头至厂区集卡过磅排队时间长，影响交货。", raised: "2021-08-12",
                    steps: handled(.request, raised: "2021-08-12", lead: guazhou, answered: ("2021-08-19", "已增设一处临时过磅点，高峰时段错峰调度。"),
                                   rating: ("2021-08-23", satisfied, ""))),
            request(4, "funding", "设施农业贷款贴息申报", "请求指导设施农业贷款贴息的申报材料和时限。", raised: "2021-08-16",
                    steps: handled(.request, raised: "2021-08-16", lead: fgw, answered: ("2021-08-24", "已上门指导，申报材料已齐，列入第三批贴息名单。"),
                                   rating: ("2021-08-26", satisfied, ""))),
            request(6, "labour", "叉车司机、包装工招聘对接", "新生产线投产，需叉车司机6名、包装工20名。", raised: "2021-08-18",
                    steps: handled(.request, raised: "2021-08-18", lead: rsj, answered: ("2021-08-25", "已推送求职人员42人，企业面试录用24人。"),
                                   rating: ("2021-08-27", satisfied, ""))),
            request(7, "approvals", "新建厂房施工许可并联审批", "新建厂房施工许可请求并联审批、容缺受理。", raised: "2021-08-20",
                    steps: handled(.request, raised: "2021-08-20", lead: fgw, assisting: [zrzy], answered: ("2021-08-30", "已按容缺受理办理，施工许可证8月30日核发。"),
                                   rating: ("2021-09-01", fair, ""))),
            request(2, "logistics", "冷链车辆进城通行证", "冷链配送车辆进城通行证办理周期长。", raised: "2021-08-25",
                    steps: handled(.request, raised: "2021-08-25", lead: fangxiang, answered: ("2021-09-02", "已协调交警部门开通冷链车辆通行证绿色通道，3个工作日办结。"),
                                   rating: ("2021-09-03", satisfied, ""))),
            request(3, "labour", "技工职称评定咨询", "企业一线技工希望参加职称评定，请求政策指导。", raised: "2021-08-30",
                    steps: handled(.request, raised: "2021-08-30", lead: rsj, answered: ("2021-09-06", "已送政策上门，12名技工纳入今年评定计划。"),
                                   rating: ("2021-09-08", satisfied, ""))),
            request(6, "land", "厂区雨污分流改造临时占地", "雨污分流改造需临时占用厂外绿地约300平方米。", raised: "2021-09-01",
                    steps: handled(.request, raised: "2021-09-01", lead: zrzy, assisting: [fangxiang], answered: ("2021-09-09", "临时用地已批准，期限6个月，期满恢复原状。"),
                                   rating: ("2021-09-10", satisfied, ""))),
            // answered two working days late
            request(5, "approvals", "长江岸线使用手续办理", "码头改造涉及岸线使用，请求指导报批。", raised: "2021-09-02",
                    steps: handled(.request, raised: "2021-09-02", lead: fgw, answered: ("2021-09-15", "已联系省级主管部门，报批材料清单及流程已告知企业。"),
                                   rating: ("2021-09-17", fair, ""))),
            // rated 不满意 and reopened: yellow until answered again
            request(1, "land", "物流仓储二期用地指标", "二期仓储项目用地指标迟迟未落实，影响开工。", raised: "2021-09-13", by: "qiye",
                    steps: handled(.request, raised: "2021-09-13", lead: zrzy, answered: ("2021-09-22", "二期用地已纳入年度供地计划，待指标下达后组织挂牌。"),
                                   then: [Step(day: day("2021-09-23"), login: "qiye", command: CaseCommand(.rate, note: "没有明确时间表，开工仍无法安排。", rating: .dissatisfied)),
                                          Step(day: day("2021-09-24"), login: centre, command: CaseCommand(.reopen, note: "请明确指标下达和挂牌的时间节点，重新答复企业。"))])),
            // overdue since 2021-09-22: red, escalated
            request(4, "land", "大棚设施农业用地备案", "新建连栋大棚设施农业用地备案未办结。", raised: "2021-09-10",
                    steps: handled(.request, raised: "2021-09-10", lead: zrzy, assisting: [district])),
            // an extension granted: due 2021-09-30, blue
            request(2, "funding", "技改专项资金拨付进度", "去年申报的技改专项资金尚未拨付。", raised: "2021-09-14",
                    steps: handled(.request, raised: "2021-09-14", lead: fgw,
                                   then: [Step(day: day("2021-09-17"), login: "hj-fgw", command: CaseCommand(.askExtension, note: "需等待市级资金下达，申请延期5个工作日。", days: 5)),
                                          Step(day: day("2021-09-17"), login: centre, command: CaseCommand(.grantExtension))])),
            request(5, "complaint", "周边企业夜间噪声投诉", "相邻企业夜间生产噪声影响员工宿舍休息。", raised: "2021-09-16",
                    steps: handled(.request, raised: "2021-09-16", lead: guazhou)),
            // due 2021-09-30: blue
            request(3, "logistics", "工业集中区道路破损影响货运", "杨寿工业集中区主干道路面破损，重载货车通行困难。", raised: "2021-09-22",
                    steps: handled(.request, raised: "2021-09-22", lead: district)),
            // due 2021-10-08, after the holiday: blue
            request(1, "logistics", "新增冷链线路车辆年检预约", "新增冷链线路的12辆车年检集中到期，请求协调预约。", raised: "2021-09-23", by: "qiye",
                    steps: handled(.request, raised: "2021-09-23", lead: guazhou)),
            request(7, "labour", "电子装配工夜班通勤", "夜班员工下班后无公交，请求协调通勤班车。", raised: "2021-09-27",
                    steps: handled(.request, raised: "2021-09-27", lead: rsj, assisting: [district])),
            // waiting for 受理 (due 2021-09-30: blue)
            request(6, "approvals", "新增生产线环评手续咨询", "拟新增一条印刷包装生产线，咨询环评手续。", raised: "2021-09-28", steps: []),
            request(4, "other", "农产品直播带货场地", "希望在镇电商中心安排直播带货场地。", raised: "2021-09-29", steps: []),
        ]
        let tasks: [Script] = [
            task("instruction", "区领导批示：物流园限行问题举一反三", "对企业反映的大货车限行问题，全面排查各物流园区周边道路。", raised: "2021-08-12", due: "2021-08-31",
                 steps: handled(.task, raised: "2021-08-12", lead: guazhou, answered: ("2021-08-30", "已排查园区周边道路5条，调整限行时段2处。"), closed: "2021-08-31")),
            task("rectification", "巡察反馈：部分征地补偿款发放不及时", "区委巡察反馈问题第3项：整改到位并建立长效机制。", raised: "2021-08-16", due: "2021-10-29",
                 steps: handled(.task, raised: "2021-08-16", lead: zrzy, assisting: [fangxiang],
                                then: [progress("2021-08-31", zrzy, 30, "已完成补偿款底数清理。"), progress("2021-09-15", zrzy, 60, "已发放补偿款1,260万元。"),
                                       progress("2021-09-29", zrzy, 80, "剩余3户正在协商。")])),
            // behind its own schedule: yellow
            task("rectification", "巡察反馈：企业服务专员制度落实不到位", "区委巡察反馈问题第5项：专员联系企业全覆盖。", raised: "2021-08-16", due: "2021-10-29",
                 steps: handled(.task, raised: "2021-08-16", lead: fgw, then: [progress("2021-09-10", fgw, 20, "已制定专员联系企业名单，走访进度滞后。")])),
            task("rectification", "巡察反馈：用工服务台账不完整", "区委巡察反馈问题第7项：补齐用工服务台账。", raised: "2021-08-16", due: "2021-09-15",
                 steps: handled(.task, raised: "2021-08-16", lead: rsj, answered: ("2021-09-14", "台账已补齐，建立月度更新制度。"), closed: "2021-09-16")),
            task("meeting", "8月调度会交办：物流园二期道路建设", "8月份全区重点工作调度会交办事项。", raised: "2021-08-27",
                 steps: handled(.task, raised: "2021-08-27", lead: guazhou, answered: ("2021-09-09", "道路路基已完成，9月底前完成沥青摊铺。"), closed: "2021-09-10")),
            task("meeting", "8月调度会交办：企业用工保障专项行动", "8月份全区重点工作调度会交办事项。", raised: "2021-08-27",
                 steps: handled(.task, raised: "2021-08-27", lead: rsj, assisting: [fgw], answered: ("2021-09-08", "专项行动已开展，服务企业46家，解决用工1,120人。"),
                                closed: "2021-09-10")),
            // overdue since 2021-09-10: red, escalated
            task("meeting", "8月调度会交办：规上企业入库培育", "8月份全区重点工作调度会交办事项：年内新增规上企业5家。", raised: "2021-08-27",
                 steps: handled(.task, raised: "2021-08-27", lead: fangxiang, then: [progress("2021-09-06", fangxiang, 50, "已确定培育对象8家，2家完成申报。")])),
            task("rectification", "巡察反馈：政务服务“一件事”改革推进缓慢", "区委巡察反馈问题第9项。", raised: "2021-09-01", due: "2021-10-29",
                 steps: handled(.task, raised: "2021-09-01", lead: fgw, then: [progress("2021-09-28", fgw, 60, "已上线“一件事”场景12个。")])),
            // due 2021-10-08: blue
            task("meeting", "9月调度会交办：国庆前安全生产大检查", "9月份全区重点工作调度会交办事项。", raised: "2021-09-24", due: "2021-10-08",
                 steps: handled(.task, raised: "2021-09-24", lead: district, assisting: [guazhou, fangxiang],
                                then: [progress("2021-09-29", district, 85, "已检查企业136家，整改隐患214处。")])),
            task("meeting", "9月调度会交办：重点项目用地报批攻坚", "9月份全区重点工作调度会交办事项。", raised: "2021-09-24",
                 steps: handled(.task, raised: "2021-09-24", lead: zrzy, then: [progress("2021-09-29", zrzy, 50, "4个项目已报省厅，2个在组卷。")])),
        ]
        let grids: [Script] = [
            grid("safety", "hj-guazhou-c1-g12", "沿街商铺消防通道堆放杂物", "微网格员巡查发现3家商铺在消防通道堆放货物。", raised: "2021-08-09",
                 steps: handled(.grid, raised: "2021-08-09", lead: guazhou, answered: ("2021-08-11", "已督促清理，通道畅通。"), closed: "2021-08-12")),
            grid("environment", "hj-fangxiang-c3-g45", "河道漂浮垃圾", "村河道漂浮垃圾较多。", raised: "2021-08-17",
                 steps: handled(.grid, raised: "2021-08-17", lead: fangxiang, answered: ("2021-08-19", "已组织保洁人员打捞。"), closed: "2021-08-20")),
            grid("dispute", "hj-guazhou-c2-g7", "邻里宅基地边界纠纷", "两户村民因宅基地边界发生争执。", raised: "2021-08-24",
                 steps: handled(.grid, raised: "2021-08-24", lead: guazhou, assisting: [zrzy], answered: ("2021-09-02", "已现场测量，双方签订调解协议。"), closed: "2021-09-03")),
            grid("safety", "hj-fangxiang-c4-g88", "老旧小区电动车飞线充电", "小区楼道电动车飞线充电。", raised: "2021-09-06",
                 steps: handled(.grid, raised: "2021-09-06", lead: fangxiang, answered: ("2021-09-08", "已清理飞线，增设充电桩20个。"), closed: "2021-09-09")),
            // overdue since 2021-09-23: red
            grid("environment", "hj-guazhou-c5-g31", "建筑工地夜间施工扬尘", "工地夜间施工，扬尘、噪声扰民。", raised: "2021-09-13",
                 steps: handled(.grid, raised: "2021-09-13", lead: guazhou)),
            // a complex matter, 10 working days: due 2021-10-08, blue
            grid("complex", "hj-fangxiang-c2-g60", "安置房屋面漏水群体诉求", "安置小区多户顶楼漏水，居民集中反映。", raised: "2021-09-17",
                 steps: handled(.grid, raised: "2021-09-17", lead: fangxiang, assisting: [zrzy])),
            grid("dispute", "hj-fangxiang-c1-g20", "物业费收缴纠纷", "业主与物业公司因物业费发生纠纷。", raised: "2021-09-23",
                 steps: handled(.grid, raised: "2021-09-23", lead: fangxiang)),
            grid("environment", "hj-guazhou-c4-g5", "道路积水", "连续降雨后村道积水。", raised: "2021-09-27",
                 steps: handled(.grid, raised: "2021-09-27", lead: guazhou, answered: ("2021-09-29", "已疏通排水管道。"))),
            // urgent: handled the same day
            grid("safety", "hj-guazhou-c3-g99", "废弃厂房屋顶坍塌隐患", "废弃厂房屋顶局部坍塌，有儿童进入玩耍。", raised: "2021-09-28", urgent: true,
                 steps: handled(.grid, raised: "2021-09-28", lead: guazhou, answered: ("2021-09-28", "已设置围挡和警示标志，通知产权人限期拆除。"), closed: "2021-09-29")),
            grid("other", "hj-fangxiang-c5-g77", "流浪犬伤人隐患", "小区周边流浪犬较多。", raised: "2021-09-29", steps: []),
        ]
        return (requests + tasks + grids).sorted { $0.raised < $1.raised }
    }
}
