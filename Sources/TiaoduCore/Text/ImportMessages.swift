import Foundation

// Import issues said in words a user can act on, in both languages.

extension ImportReason {
    /// `names`: a unit's name by its code, where the reader knows units by name (the entry grid);
    /// with it, units are named and periods said as 2021年9月 / Sep 2021. Without it (a file's
    /// report), codes and periods are quoted as the file has them.
    public func message(_ language: Language, names: ((String) -> String?)? = nil) -> String {
        let zh = language == .zh
        func unit(_ code: String) -> String { names?(code) ?? "“\(clip(code))”" }
        func periodName(_ text: String) -> String {
            guard names != nil, let period = Period(text) else { return text }
            return Catalogue.periodName(period, language)
        }
        switch self {
        case .noHeader: return zh ? "文件为空，缺少表头行" : "the file is empty: a header row is required"
        case .unterminatedQuote: return zh ? "引号未闭合" : "a quoted field is not closed"
        case .duplicateColumn: return zh ? "列名重复" : "this column appears twice"
        case .unknownColumn(let allowed): return zh ? "未知列；允许的列：\(allowed.joined(separator: ","))" : "unknown column; allowed: \(allowed.joined(separator: ","))"
        case .missingColumn: return zh ? "缺少必需的列" : "required column is missing"
        case .fieldCount(let expected, let found): return zh ? "应有\(expected)个字段，实有\(found)个" : "expected \(expected) fields, found \(found)"
        case .required: return zh ? "不能为空" : "must not be empty"
        case .notNumber(let raw): return zh ? "“\(clip(raw))”不是数字（如 629.0）" : "“\(clip(raw))” is not a number (like 629.0)"
        case .tooManyDigits(let raw): return zh ? "“\(clip(raw))”位数过多：整数部分最多\(DecimalText.maxIntegerDigits)位，小数最多\(DecimalText.maxFractionDigits)位" : "“\(clip(raw))” has too many digits: at most \(DecimalText.maxIntegerDigits) before the point and \(DecimalText.maxFractionDigits) after"
        case .unitInNumber(let raw, let suffix, let columnUnit):
            // Say what to type instead: a plain number in the column's unit, without the suffix.
            let written = zh ? "“\(clip(raw))”不是纯数字" : "“\(clip(raw))” is not a plain number"
            if suffix == "%" || suffix == "‰", columnUnit == nil || columnUnit == "%" || columnUnit == "‰" {
                return zh ? "\(written)：请直接填写百分数的数值，不要带“\(suffix)”（如 8.5 表示 8.5\(suffix)）"
                    : "\(written): enter the percentage as a plain number, without “\(suffix)” (8.5 for 8.5\(suffix))"
            }
            let glyph = suffix.unicodeScalars.first.map { $0.value >= 0x4E00 } == true ? "字" : ""
            guard let measured = columnUnit else {
                return zh ? "\(written)：请按本栏规定的单位填写数字，不要带“\(suffix)”\(glyph)" : "\(written): enter a plain number in the column's unit, without “\(suffix)”"
            }
            return zh ? "\(written)：请以“\(measured)”为单位填写数字，不要带“\(suffix)”\(glyph)"
                : "\(written): enter the figure as a plain number in \(Catalogue.unitName(measured, language)), without “\(suffix)”"
        case .badGrouping(let raw):
            return zh ? "“\(clip(raw))”中的逗号无法识别：千位分隔符须每三位一个（如 1,234.56），小数点请用“.”"
                : "“\(clip(raw))” has commas that are not thousands separators (one every three digits, as in 1,234.56); use “.” for the decimal point"
        case .notInteger(let raw): return zh ? "“\(clip(raw))”不是整数" : "“\(clip(raw))” is not a whole number"
        case .outOfRange(let raw, let allowed): return zh ? "“\(clip(raw))”超出范围 \(allowed)" : "“\(clip(raw))” is outside \(allowed)"
        case .badChoice(let raw, let allowed): return zh ? "“\(clip(raw))”无效，应为：\(allowed.joined(separator: "|"))" : "“\(clip(raw))” is not one of \(allowed.joined(separator: "|"))"
        case .badPeriod(let raw): return zh ? "“\(clip(raw))”不是有效报表期（如 2021-08、2021Q3、2021）" : "“\(clip(raw))” is not a period (2021-08, 2021Q3 or 2021)"
        case .badSchedule(let raw): return zh ? "“\(clip(raw))”不是有效序时规则（linear|daily|seasonal|plan:12个累计百分比）" : "“\(clip(raw))” is not a schedule (linear|daily|seasonal|plan: twelve cumulative %)"
        case .wrongFrequency(let period, let expected): return zh ? "报表期 \(period) 与指标频度（\(expected.rawValue)）不符" : "period \(period) does not fit the indicator's frequency (\(expected.rawValue))"
        case .unknownOrg(let code): return zh ? "未知单位“\(clip(code))”" : "unknown org unit “\(clip(code))”"
        case .unknownIndicator(let code): return zh ? "未知指标“\(clip(code))”" : "unknown indicator “\(clip(code))”"
        case .unknownParent(let code): return zh ? "上级单位“\(clip(code))”不存在" : "parent “\(clip(code))” does not exist"
        case .parentCycle(let path): return zh ? "上下级形成循环：\(path.joined(separator: " → "))" : "parent cycle: \(path.joined(separator: " → "))"
        case .secondRoot(let root): return zh ? "已有根单位“\(root)”，只能有一个根" : "the tree already has the root “\(root)”; there can be only one"
        case .duplicateKey(let first): return zh ? "与第\(first)行重复" : "duplicates line \(first)"
        case .noValueOrGrowth: return zh ? "数值和增速至少填一项" : "give a value, a growth, or both"
        case .computedIndicator(let code): return zh ? "“\(clip(code))”是比率指标，由分子分母计算，不能直接填报" : "“\(clip(code))” is a ratio computed from its parts; it takes no values"
        case .ratioNeedsParts: return zh ? "比率指标必须指定分子和分母" : "a ratio indicator needs a numerator and a denominator"
        case .partsOnlyForRatio: return zh ? "只有比率指标才有分子分母" : "only ratio indicators have a numerator and denominator"
        case .zeroOnlyForFlows: return zh ? "只有按月报送当月数的指标（flow）才能规定未报月份按0计" : "only a flow indicator (reported month by month) can count an unreported month as zero"
        case .ratioPartIsRatio(let code): return zh ? "“\(clip(code))”本身是比率指标，不能作为分子或分母" : "“\(clip(code))” is itself a ratio and cannot be a part"
        case .ratioPartFrequency(let code): return zh ? "“\(clip(code))”的频度与比率指标不同" : "“\(clip(code))” has another frequency than the ratio"
        case .aggregationMismatch: return zh ? "accumulation 为 ratio 时 aggregation 也必须为 ratio，反之亦然" : "accumulation ratio and aggregation ratio go together"
        case .notJSONArray(let detail): return zh ? "请求体应为对象数组的 JSON：\(detail)" : "the body must be a JSON array of objects: \(detail)"
        case .templateHeader(let column, let expected, let found):
            return zh ? "表头与模板不一致：\(column)列应为“\(clip(expected))”，现为“\(clip(found))”。请勿插入、删除或移动列；可重新下载模板后填写"
                      : "the header is not the template's: column \(column) should be “\(clip(expected))”, not “\(clip(found))”. Do not insert, delete or move columns; download the template again if need be"
        case .outOfScope(let org): return zh ? "无权录入\(unit(org))的数据（超出本账号的管辖范围）" : "you may not enter figures for \(unit(org)): it is outside your unit"
        case .stageByImport(let code, let stored):
            return zh ? "项目“\(clip(code))”已在“\(stored)”阶段：阶段只能逐级推进，不能通过导入改变" : "project “\(clip(code))” is at stage “\(stored)”: stages move one step at a time, not by import"
        case .locked(let org, let period, let lockedBy, let status):
            // One whole sentence: whose figures, which period, who closed them, what reopens them.
            let words: (state: String, remedy: String)
            switch status {
            case "submitted": words = zh ? ("报送", "需先撤回或退回") : ("submitted", "withdraw or return them first")
            case "approved": words = zh ? ("审核", "需先退回") : ("approved", "return them first")
            default: words = zh ? ("确认", "需由管理员解锁") : ("accepted", "an administrator must unlock them first")
            }
            let (state, remedy) = words
            if org == lockedBy {
                return zh ? "\(unit(org))\(periodName(period))的数据已锁定（已\(state)），\(remedy)"
                    : "\(unit(org))'s figures for \(periodName(period)) are locked: they have been \(state); \(remedy)"
            }
            return zh ? "\(unit(org))\(periodName(period))的数据已锁定（\(unit(lockedBy))已\(state)），\(remedy)"
                : "\(unit(org))'s figures for \(periodName(period)) are locked with \(unit(lockedBy))'s, which have been \(state); \(remedy)"
        case .unknownProject(let code): return zh ? "没有项目代码为“\(clip(code))”的项目" : "no project has the code “\(clip(code))”"
        case .codeTaken(let code): return zh ? "项目代码“\(clip(code))”已被使用，请修改该项目或换一个代码" : "the code “\(clip(code))” is taken: edit that project or choose another code"
        case .badDate(let raw): return zh ? "“\(clip(raw))”不是日期（应为 2021-09-30 这样的格式）" : "“\(clip(raw))” is not a date (write it as 2021-09-30)"
        case .notPermitted(let kind):
            // What may not be written, as a word (an unknown kind as its code).
            let words: [String: (zh: String, en: String)] = [
                "orgs": ("组织机构", "org units"), "indicators": ("指标", "indicators"), "targets": ("目标", "targets"), "values": ("数据", "values"),
                "projects": ("项目", "projects"), "progress": ("项目进展", "project progress"), "contest": ("季度赛规则和评分", "the contest's rules and scores"),
                "calendar": ("工作日历", "the working-day calendar"), "cases": ("案件台账", "a case ledger"),
            ]
            let word = words[kind].map { zh ? $0.zh : $0.en } ?? kind
            return zh ? "无权导入\(word)（需要管理员）" : "you may not import \(word): an administrator is needed"
        case .futurePeriod(let period, let latest):
            return zh ? "报表期\(periodName(clip(period)))尚未到来：最晚可填报\(periodName(latest))" : "the period \(periodName(clip(period))) has not come yet: values can be entered up to \(periodName(latest))"
        case .targetsLocked(let org, let year, let month):
            return zh ? "\(unit(org))\(year)年的目标已固定（\(periodName(month))已确认）；如确需调整，由管理员注明理由后导入" : "\(unit(org))'s targets for \(year) are fixed (\(periodName(month)) is accepted): an administrator may change them with a stated reason"
        case .listedTwice(let code): return zh ? "“\(clip(code))”重复列出" : "“\(clip(code))” is listed twice"
        case .tooLong(let limit): return zh ? "过长：最多\(limit)个字符" : "too long: at most \(limit) characters"
        case .badCharacter(let multiline):
            return zh ? (multiline ? "含有不允许的控制字符或文字方向字符" : "含有换行、控制字符或文字方向字符") : (multiline ? "contains a control or text-direction character" : "contains a line break, a control or a text-direction character")
        case .catalogueLocked(let column):
            return zh ? "已确认发布的数据依据此项计算，不能直接修改（\(column)）；如确需调整，由管理员注明理由后导入" : "published figures are computed with this (\(column)): an administrator may change it with a stated reason"
        case .badCode(let raw): return zh ? "“\(clip(raw))”不是有效代码：只能用英文字母、数字和 - _ .，最多64个字符" : "“\(clip(raw))” is not a code: letters, digits and - _ . only, at most 64 characters"
        case .frequencyInUse(let frequency): return zh ? "该指标已有频度为 \(frequency.rawValue) 的数据，不能改频度" : "the indicator already has \(frequency.rawValue) values; its frequency cannot change"
        }
    }
}

/// What a user typed, shown back at most 60 characters long: an error never echoes a whole
/// oversized field.
func clip(_ text: String) -> String { text.count > 60 ? String(text.prefix(60)) + "…" : text }

extension ImportIssue {
    /// `line 7, column value: “abc” is not a number` — `item` for JSON arrays, `sheet 2021年9月,
    /// row 7` for a workbook's sheet.
    /// `columns`: what the file calls a column, where it calls it otherwise (a template's 「本期数值」).
    public func describe(_ language: Language, itemWord: Bool = false, sheet: String? = nil, columns: [String: String] = [:]) -> String {
        let position = sheet.map { Catalogue.format(.sheetRow, language, [$0, String(line)]) }
            ?? (itemWord ? Catalogue.text(.itemWord, language) : Catalogue.text(.lineWord, language))
            .replacingOccurrences(of: "%d", with: String(line))
        let column = self.column.map { columns[$0] ?? $0 }.map { language == .zh ? "，\($0)列" : ", column \($0)" } ?? ""
        return position + column + (language == .zh ? "：" : ": ") + reason.message(language)
    }
}
