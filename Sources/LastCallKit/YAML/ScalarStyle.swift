/// How a scalar was written. Values never depend on it (every scalar is a
/// string), but validation uses it to tell `"50"` from `50` in messages.
public enum ScalarStyle: String, Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
}
