extension ReportFilter {
    /// Feeds `body` the sessions the filter keeps of those `source` streams
    /// (in file order, each trainee's in the order played). Without `last`
    /// they pass straight through in that order, holding nothing; with it,
    /// each trainee's latest `last` are held in `TraineeWindows` and come out
    /// at the end, trainee by trainee.
    public func forEachKept<Session: FilterableSession>(from source: ((Session) -> Void) -> Void,
                                                        _ body: (Session) -> Void) {
        guard let last else {
            // `source` calls `body` only while it runs, never later.
            withoutActuallyEscaping(body) { body in
                source { session in if admits(session) { body(session) } }
            }
            return
        }
        var windows = TraineeWindows<Session>(capacity: last)
        source { session in if admits(session) { windows.append(session, trainee: session.trainee) } }
        windows.forEach(body)
    }
}
