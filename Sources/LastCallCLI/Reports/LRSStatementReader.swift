import Foundation
import LastCallKit

/// Reads sessions back from a learning record store: `GET
/// ENDPOINT/statements?activity=BASE&related_activities=true` (the session
/// statements carry the activity base as a grouping activity), with `since`
/// and `until` when given, following each answer's `more` link page by page, and
/// rebuilding each session with `XAPISessionDecoder`.
struct LRSStatementReader {
    /// The LRS.
    var client: LRSClient
    /// The IRIs the statements were written with.
    var options: XAPIOptions
    /// The most pages followed (a guard against an LRS whose `more` links never end).
    var pageLimit = 1_000_000

    /// What a read gave.
    struct Result {
        /// The sessions, each trainee's in the order they ended.
        var sessions: [SessionFacts]
        /// Session statements that lacked something the reports need, one
        /// warning each.
        var warnings: [String]
        /// Pages read.
        var pages: Int
        /// Statements the LRS gave, Last Call's or not.
        var statements = 0
        /// Said once on standard error when the read needed the fallback.
        var note: String?
    }

    /// Every session statement under the activity base, stored (or, for
    /// Ralph, timestamped) after `since` and at or before `until`, each when
    /// given (ISO 8601 instants).
    ///
    /// When the activity query finds no statement at all, it is asked once
    /// more without the activity: Ralph 5.1's filesystem backend compares
    /// the `activity` parameter as an object with each IRI as text, so its
    /// activity filter never matches. The decoder keeps only Last Call's
    /// session statements either way; `note` says when it happened.
    func read(since: String?, until: String? = nil) throws(LRSClient.Failure) -> Result {
        var window = ""
        if let since { window += "&since=" + XAPIExporter.percentEncoded(since) }
        if let until { window += "&until=" + XAPIExporter.percentEncoded(until) }
        let activity = "?activity=" + XAPIExporter.percentEncoded(options.activityBase) + "&related_activities=true&limit=100"
        var result = try readPages(from: activity + window)
        guard result.statements == 0 else { return result }
        let pagesBefore = result.pages
        result = try readPages(from: "?limit=100" + window)
        result.pages += pagesBefore
        if !result.sessions.isEmpty {
            result.note = "\(TerminalText.inert(client.endpoint)): note: the LRS found nothing for activity "
                + "\(TerminalText.inert(options.activityBase)) but holds \(result.sessions.count) session statement(s) under it "
                + "(its activity filter does not work: Ralph 5.1's filesystem backend); read every statement instead"
        }
        return result
    }

    /// Every session statement from `query` on, following `more` links.
    private func readPages(from first: String) throws(LRSClient.Failure) -> Result {
        var query = first
        let decoder = XAPISessionDecoder(options: options)
        var sessions: [SessionFacts] = []
        var warnings: [String] = []
        var seenStatements = Set<String>()
        var seenQueries: Set<String> = [query]
        var pages = 0
        var count = 0
        while true {
            let page = try client.fetch(query: query)
            pages += 1
            guard case .array(let statements)? = page["statements"] else {
                throw LRSClient.Failure(description: "the LRS answered GET \(TerminalText.inert(client.endpoint))/statements "
                                        + "without a 'statements' list")
            }
            count += statements.count
            for statement in statements {
                if case .string(let id)? = statement["id"] {
                    guard seenStatements.insert(id).inserted else { continue }
                }
                switch decoder.decode(statement) {
                case .session(let facts): sessions.append(facts)
                case .notASession: break
                case .incomplete(let id, let what):
                    warnings.append("\(TerminalText.inert(client.endpoint)): warning: skipped statement \(TerminalText.inert(id)): "
                                    + "no \(what) (exported by an older Last Call, or with another --activity-base?)")
                }
            }
            guard case .string(let more)? = page["more"], !more.isEmpty else { break }
            let next = try nextQuery(more)
            guard seenQueries.insert(next).inserted else {
                throw LRSClient.Failure(description: "the LRS's 'more' link repeats itself: \(TerminalText.inert(more))")
            }
            guard pages < pageLimit else {
                throw LRSClient.Failure(description: "the LRS kept giving 'more' links after \(pages) pages")
            }
            query = next
        }
        // Each trainee's sessions in the order they ended, as their progress
        // file has them; the sort is stable, so ties keep the LRS's order.
        let order = Dictionary(sessions.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let unique = sessions.enumerated().filter { order[$0.element.id] == $0.offset }.map(\.element)
        let sorted = unique.enumerated().sorted { a, b in
            if a.element.endedAt != b.element.endedAt { return a.element.endedAt < b.element.endedAt }
            return a.offset < b.offset
        }.map(\.element)
        return Result(sessions: sorted, warnings: warnings, pages: pages, statements: count)
    }

    /// The query part for a `more` link, which xAPI gives as a path (or
    /// URL) on the same server to the statements resource. A link to another
    /// host is refused: the credentials go only where the user sent them.
    func nextQuery(_ more: String) throws(LRSClient.Failure) -> String {
        guard let base = URLComponents(string: client.endpoint), let link = URLComponents(string: more) else {
            throw LRSClient.Failure(description: "the LRS's 'more' link is not a URL: \(TerminalText.inert(more))")
        }
        if link.host != nil, link.host != base.host || link.port != base.port || (link.scheme != nil && link.scheme != base.scheme) {
            throw LRSClient.Failure(description: "the LRS's 'more' link points at another server: \(TerminalText.inert(more))")
        }
        guard link.path == base.path + "/statements" || link.path == base.path + "/statements/" else {
            throw LRSClient.Failure(description: "the LRS's 'more' link is not under \(TerminalText.inert(client.endpoint))/statements: "
                                    + TerminalText.inert(more))
        }
        return link.percentEncodedQuery.map { "?" + $0 } ?? ""
    }
}
