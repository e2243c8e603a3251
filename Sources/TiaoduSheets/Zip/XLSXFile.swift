// A workbook's file: the writer's parts in a ZIP package — what a download or `--out` holds.
import Foundation

public enum XLSXFile {
    public static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    public static func data(_ sheets: [Worksheet]) throws -> Data {
        try ZipPackage.write(WorkbookWriter.parts(sheets))
    }
}
