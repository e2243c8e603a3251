// `tiaodu user add|passwd|disable|enable|list` and `tiaodu token add|list|revoke` — accounts and
// API tokens, by whoever can reach the database (the first admin: `tiaodu user add NAME --admin`).
// Passwords are read from standard input (never from the command line, which others can see).
import ArgumentParser
import Foundation
import TiaoduCore
import TiaoduServer
import TiaoduStore

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Add, change, disable and list user accounts.",
                                                    subcommands: [Add.self, Passwd.self, Disable.self, Enable.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user; the password is read from standard input.")
        @Argument(help: "the login name (letters, digits, . - _)") var login: String
        @Option(help: "the name shown on pages (default: the login)") var name: String?
        @Option(help: "the org unit the user belongs to (default: the root)") var org: String?
        @Option(help: "roles: admin, analyst, reporter, approver, viewer, department, enterprise (comma-separated)") var role: String?
        @Option(help: "the department (条线) of a department user: they enter and read the indicators it owns") var department: String?
        @Option(help: "the enterprise (its code) an enterprise user speaks for: they raise and rate its requests") var enterprise: String?
        @Flag(help: "an administrator (the first user)") var admin = false
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            var roles: Set<Role> = admin ? [.admin] : []
            if let role {
                do { roles.formUnion(try Role.parse(role)) } catch { throw ValidationError("unknown role “\(error.name)”") }
            }
            guard !roles.isEmpty else { throw ValidationError("give --role or --admin") }
            let password = try readPassword()
            let store = try await Store.open(try db.location())
            var unit = org
            if unit == nil { unit = try await store.figures.orgs().first(where: { $0.parent == nil })?.code }
            guard let unit else {
                await store.close()
                throw ValidationError("import the org tree first (the user belongs to a unit)")
            }
            do {
                if roles.contains(.department) && department == nil { throw ValidationError("a department user needs --department") }
                if roles.contains(.enterprise) && enterprise == nil { throw ValidationError("an enterprise user needs --enterprise") }
                try await store.accounts.createUser(login: login, name: name ?? login, org: unit, roles: roles, passwordHash: try Secrets.hashPassword(password), actor: "cli",
                                           department: department, enterprise: enterprise, source: .cli)
            } catch let error as AccountError {
                await store.close()
                throw ValidationError(error.description)
            }
            Console.say("Added \(login) (\(Role.text(roles)), \(unit))")
            await store.close()
        }
    }

    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a user's password (from standard input); their sessions end.")
        @Argument var login: String
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let password = try readPassword()
            let store = try await Store.open(try db.location())
            do { try await store.accounts.setPasswordHash(login, try Secrets.hashPassword(password), actor: "cli", source: .cli) } catch let error as AccountError {
                await store.close()
                throw ValidationError(error.description)
            }
            Console.say("Password of \(login) changed")
            await store.close()
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a user: their sessions end and their tokens are revoked.")
        @Argument var login: String
        @OptionGroup var db: DatabaseOptions
        func run() async throws { try await setDisabled(login, true, db) }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled user.")
        @Argument var login: String
        @OptionGroup var db: DatabaseOptions
        func run() async throws { try await setDisabled(login, false, db) }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the users.")
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let store = try await Store.open(try db.location())
            for user in try await store.accounts.users() {
                Console.say([user.login, user.name, user.org, Role.text(user.roles), user.disabled ? "disabled" : "active"].joined(separator: "\t"))
            }
            await store.close()
        }
    }
}

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Create, list and revoke API tokens.",
                                                    subcommands: [Add.self, List.self, Revoke.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token for a user and print it (once: only its digest is kept).")
        @Argument var login: String
        @Option(help: "what the token is for") var name: String = "api"
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let store = try await Store.open(try db.location())
            let token = Secrets.random()
            do { _ = try await store.accounts.createToken(login: login, name: name, hash: Secrets.digest(token), actor: "cli", source: .cli) } catch let error as AccountError {
                await store.close()
                throw ValidationError(error.description)
            }
            Console.say(token)
            await store.close()
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens (never the secrets).")
        @Option var login: String?
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let store = try await Store.open(try db.location())
            for token in try await store.accounts.tokens(login: login) {
                Console.say(["#\(token.id)", token.login, token.name, token.revokedAt == nil ? "active" : "revoked"].joined(separator: "\t"))
            }
            await store.close()
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by its number.")
        @Argument var id: Int64
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let store = try await Store.open(try db.location())
            try await store.accounts.revokeToken(id: id, actor: "cli", source: .cli)
            Console.say("Revoked #\(id)")
            await store.close()
        }
    }
}

private func setDisabled(_ login: String, _ disabled: Bool, _ db: DatabaseOptions) async throws {
    let store = try await Store.open(try db.location())
    do { try await store.accounts.setDisabled(login, disabled, actor: "cli", source: .cli) } catch let error as AccountError {
        await store.close()
        throw ValidationError(error.description)
    }
    Console.say("\(login) \(disabled ? "disabled" : "enabled")")
    await store.close()
}

/// The first line of standard input, at least 8 characters.
private func readPassword() throws -> String {
    guard let line = readLine(strippingNewline: true), Secrets.acceptable(line) else {
        throw ValidationError("give the password (8 characters or more) on standard input, e.g. `echo … | tiaodu user add …`")
    }
    return line
}
