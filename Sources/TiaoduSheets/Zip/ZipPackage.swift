// The ZIP container of a workbook (ZIPFoundation does the ZIP): parts read whole (the small ones)
// or streamed chunk by chunk (a sheet), each within ZipLimits; and a package written from parts.
// Part names are matched without regard to case, as Excel does.
import Foundation
import ZIPFoundation

struct ZipPackage {
    private let archive: Archive
    private let entries: [String: Entry]
    /// every part's path as the package names it, in its order
    let paths: [String]
    let limits: ZipLimits

    init(path: String, limits: ZipLimits) throws(SheetError) {
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw .notAWorkbook(detail: String(describing: error))
        }
        self.init(archive, limits: limits)
    }

    init(bytes: Data, limits: ZipLimits) throws(SheetError) {
        let archive: Archive
        do { archive = try Archive(data: bytes, accessMode: .read) } catch {
            throw .notAWorkbook(detail: String(describing: error))
        }
        self.init(archive, limits: limits)
    }

    private init(_ archive: Archive, limits: ZipLimits) {
        self.archive = archive
        self.limits = limits
        var entries: [String: Entry] = [:]
        var paths: [String] = []
        for entry in archive where entry.type == .file {
            entries[Self.key(entry.path)] = entry
            paths.append(entry.path)
        }
        self.entries = entries
        self.paths = paths
    }

    private static func key(_ path: String) -> String {
        (path.hasPrefix("/") ? String(path.dropFirst()) : path).lowercased()
    }

    func has(_ path: String) -> Bool { entries[Self.key(path)] != nil }

    /// A part whole (workbook, relationships, styles, shared strings), at most `cap` bytes.
    func read(_ path: String, cap: Int64? = nil) throws(SheetError) -> [UInt8] {
        var bytes: [UInt8] = []
        try stream(path, cap: cap) { chunk in bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// A part chunk by chunk; stops with `tooLarge` past its limit, whatever its header claims.
    func stream(_ path: String, cap: Int64? = nil, _ body: (Data) throws(SheetError) -> Void) throws(SheetError) {
        guard let entry = entries[Self.key(path)] else { throw .missingPart(path) }
        let limit = limits.allowed(compressed: Int64(entry.compressedSize), cap: cap ?? limits.partBytes)
        if Int64(entry.uncompressedSize) > limit { throw .tooLarge(part: path, limit: limit) }
        var total: Int64 = 0
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { data in
                total += Int64(data.count)
                if total > limit { throw SheetError.tooLarge(part: path, limit: limit) }
                do { try body(data) } catch let error as SheetError { throw error }
            }
        } catch let error as SheetError {
            throw error
        } catch {
            throw .notAWorkbook(detail: "\(path): \(error)")
        }
    }

    /// A package of `parts` (deflated; the same parts give the same bytes).
    static func write(_ parts: [(path: String, bytes: [UInt8])]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let date = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01: no clock in the bytes
        for part in parts {
            let data = Data(part.bytes)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw SheetError.notAWorkbook(detail: "the package was not written") }
        return data
    }
}
