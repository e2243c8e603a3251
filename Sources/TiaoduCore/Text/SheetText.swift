// The words of workbooks (.xlsx) read and written, zh-Hans and en: where a problem is (a sheet's
// row rather than a file's line) and what is wrong with a workbook before any row is read.

public enum SheetLabel: String, Sendable, CaseIterable {
    case sheetRow, notAWorkbook, missingPart, tooLarge, badXML, noSheet, badSharedString, tooManyRows, unknownFormat
}

extension Catalogue {
    private static let sheetEntries: [SheetLabel: (zh: String, en: String)] = [
        .sheetRow: ("工作表“%1$@”第%2$@行", "sheet %1$@, row %2$@"),
        .notAWorkbook: ("这不是可以读取的Excel工作簿（.xlsx）：文件可能不完整，或是旧版.xls、改了扩展名的CSV。请在Excel或WPS中另存为.xlsx后再导入。",
                        "This is not an Excel workbook (.xlsx) that can be read: it may be incomplete, an old .xls, or a CSV renamed. Save it as .xlsx in Excel or WPS and import it again."),
        .missingPart: ("工作簿缺少必需的部件%@，文件可能已损坏。", "The workbook lacks its part %@: the file may be damaged."),
        .tooLarge: ("工作簿中的%1$@解压后超过%2$@字节，远大于正常表格，已拒绝读取。", "The workbook's %1$@ expands beyond %2$@ bytes, far more than any real sheet: it was not read."),
        .badXML: ("工作簿中的%1$@无法读取（%2$@），文件可能已损坏。", "The workbook's %1$@ cannot be read (%2$@): the file may be damaged."),
        .noSheet: ("工作簿中没有名为“%1$@”的工作表；现有工作表：%2$@。", "The workbook has no sheet called “%1$@”; its sheets are: %2$@."),
        .badSharedString: ("单元格%@引用了工作簿中不存在的文字，文件可能已损坏。", "Cell %@ points at text the workbook does not have: the file may be damaged."),
        .tooManyRows: ("工作表超过%@行，无法导入。", "The sheet has more than %@ rows and cannot be imported."),
        .unknownFormat: ("无法识别文件格式：请使用UTF-8编码的CSV或Excel工作簿（.xlsx）。", "The file's format is not recognised: use a UTF-8 CSV file or an Excel workbook (.xlsx)."),
    ]

    public static func text(_ label: SheetLabel, _ language: Language) -> String {
        guard let entry = sheetEntries[label] else { return label.rawValue }
        return language == .zh ? entry.zh : entry.en
    }

    public static func format(_ label: SheetLabel, _ language: Language, _ values: [String]) -> String {
        fill(text(label, language), values)
    }
}
