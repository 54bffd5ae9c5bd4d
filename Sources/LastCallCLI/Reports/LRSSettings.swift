import Foundation
import LastCallKit

/// The learning record store a command talks to, as the user named it:
/// the address (`--lrs URL`, `--from-lrs URL` or `$LASTCALL_LRS_URL`), the
/// user (`--lrs-user` or `$LASTCALL_LRS_USER`) with the password from
/// `$LASTCALL_LRS_PASSWORD`, the IRIs (`--actor-home`, `--activity-base` or
/// `$LASTCALL_ACTOR_HOME`, `$LASTCALL_ACTIVITY_BASE`) and how long one
/// request may wait (`$LASTCALL_LRS_TIMEOUT` seconds, else `defaultTimeout`).
struct LRSSettings {
    /// The client, with credentials and timeout set.
    var client: LRSClient
    /// The IRIs statements are written with and read back by.
    var options: XAPIOptions
    /// Seconds one request may take.
    var timeout: Double

    /// The settings for `url` (nil means `$LASTCALL_LRS_URL`; nil when that
    /// is unset too). `option` names where the address came from, for errors.
    static func make(url given: String?, option: String, _ parsed: ParsedArguments, _ context: CommandContext,
                     defaultTimeout: TimeInterval) throws -> LRSSettings? {
        let source = given == nil ? "$LASTCALL_LRS_URL" : option
        guard let url = given ?? context.env("LASTCALL_LRS_URL") else {
            if parsed.value("--lrs-user") != nil { throw UsageError("--lrs-user goes with \(option) URL or $LASTCALL_LRS_URL") }
            return nil
        }
        guard url.hasPrefix("http://") || url.hasPrefix("https://"), url.count > 8, URL(string: url) != nil else {
            throw UsageError("\(source) needs the LRS's http:// or https:// address (for Ralph: http://HOST:PORT/xAPI), "
                             + "not '\(TerminalText.inert(url))'")
        }
        let options = XAPIOptions(
            actorHomePage: parsed.value("--actor-home") ?? context.env("LASTCALL_ACTOR_HOME") ?? XAPIOptions.defaultBase,
            activityBase: parsed.value("--activity-base") ?? context.env("LASTCALL_ACTIVITY_BASE") ?? XAPIOptions.defaultBase)
        for (name, value) in [("actor home", options.actorHomePage), ("activity base", options.activityBase)] {
            guard value.hasPrefix("http://") || value.hasPrefix("https://"), value.count > 8 else {
                throw UsageError("the \(name) needs an http:// or https:// address, not '\(TerminalText.inert(value))'")
            }
        }
        var credentials: (String, String)?
        if let user = parsed.value("--lrs-user") ?? context.env("LASTCALL_LRS_USER") {
            guard let password = context.environment["LASTCALL_LRS_PASSWORD"] else {
                throw CommandFailure("no password for LRS user '\(TerminalText.inert(user))'", hint: "set LASTCALL_LRS_PASSWORD")
            }
            credentials = (user, password)
        }
        var timeout = defaultTimeout
        if let text = context.env("LASTCALL_LRS_TIMEOUT") {
            guard let seconds = Double(text), seconds > 0, seconds <= 600 else {
                throw UsageError("$LASTCALL_LRS_TIMEOUT needs seconds from 0.1 to 600, not '\(TerminalText.inert(text))'")
            }
            timeout = seconds
        }
        let client = LRSClient(endpoint: url, credentials: credentials, transport: SocketHTTPTransport(timeout: timeout))
        return LRSSettings(client: client, options: options, timeout: timeout)
    }
}
