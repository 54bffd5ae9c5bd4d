extension Diagnostic {
    /// The diagnostic as JSON for editors and CI:
    /// `{"path", "line", "column", "severity", "message", "hint"}`.
    public var jsonValue: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("path", .string(location.path)),
            ("line", .int(location.line)),
            ("column", .int(location.column)),
            ("severity", .string(severity.rawValue)),
            ("message", .string(message)),
        ]
        if let hint { pairs.append(("hint", .string(hint))) }
        return .object(pairs)
    }
}
