// What is wrong with a workbook, said in the reader's language from the catalogue.
import TiaoduCore
import TiaoduSheets

extension SheetError {
    public func message(_ language: Language) -> String {
        switch self {
        case .notAWorkbook: Catalogue.text(.notAWorkbook, language)
        case .missingPart(let part): Catalogue.format(.missingPart, language, [part])
        case .tooLarge(let part, let limit): Catalogue.format(.tooLarge, language, [part, String(limit)])
        case .badXML(let part, let detail): Catalogue.format(.badXML, language, [part, detail])
        case .noSheet(let name, let available):
            Catalogue.format(.noSheet, language, [name, available.map { "“\($0)”" }.joined(separator: language == .zh ? "、" : ", ")])
        case .badSharedString(let cell, _): Catalogue.format(.badSharedString, language, [cell])
        case .tooManyRows(let limit): Catalogue.format(.tooManyRows, language, [String(limit)])
        }
    }
}
