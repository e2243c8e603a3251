// Passwords (bcrypt, never stored or logged in clear) and the random secrets of sessions, CSRF
// and API tokens, which are stored only as SHA-256 digests.
import Vapor

public enum Secrets {
    /// bcrypt's work factor: about 60 ms a check on these machines.
    static let cost = 10

    public static func hashPassword(_ password: String) throws -> String { try Bcrypt.hash(password, cost: cost) }

    public static func verify(_ password: String, hash: String) -> Bool { (try? Bcrypt.verify(password, created: hash)) ?? false }

    /// 32 random bytes, URL-safe text.
    public static func random() -> String {
        Data([UInt8].random(count: 32)).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    public static func digest(_ secret: String) -> String { SHA256.hash(data: Data(secret.utf8)).hex }

    /// A password a person can be asked to choose: at least 8 characters.
    public static func acceptable(_ password: String) -> Bool { password.count >= 8 && password.utf8.count <= 256 }

    /// Compares two secrets in time that does not depend on where they differ.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// A random check of a password against nothing, so that an unknown login costs as long as a
    /// known one and the timing does not tell which logins exist.
    static let decoyHash: String = (try? Bcrypt.hash("decoy-\(random())", cost: cost)) ?? ""
}
