/// Where xAPI statements point: the home page of the trainees' accounts and
/// the IRI base of the activities and extensions.
public struct XAPIOptions: Sendable, Hashable {
    /// The default account home page and activity IRI base.
    public static let defaultBase = "https://lastcall.example.org"

    /// The `homePage` of every actor's account.
    public var actorHomePage: String
    /// The base of activity and extension IRIs, without a trailing slash.
    public var activityBase: String

    /// Creates options; a trailing `/` on `activityBase` is dropped.
    public init(actorHomePage: String = XAPIOptions.defaultBase, activityBase: String = XAPIOptions.defaultBase) {
        self.actorHomePage = actorHomePage
        var base = activityBase
        while base.hasSuffix("/") { base.removeLast() }
        self.activityBase = base
    }
}
