/// Why a YAML file could not be read: what is wrong, where, and how to fix it.
///
/// All wording lives in `message` and `hint`, so tests can pin the exact text
/// a user sees.
public enum YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file holds NUL bytes, so it is not text.
    case binaryFile(at: SourceLocation)
    /// The bytes are not valid UTF-8.
    case invalidUTF8(at: SourceLocation)
    /// A control or other non-printable character YAML does not allow.
    case disallowedCharacter(at: SourceLocation, codePoint: UInt32)
    /// A byte order mark that is not at the very start of the file.
    case byteOrderMark(at: SourceLocation)
    /// A tab where indentation is expected.
    case tabIndentation(at: SourceLocation)
    /// An anchor (`&name`).
    case anchor(at: SourceLocation)
    /// An alias (`*name`).
    case alias(at: SourceLocation)
    /// A tag (`!name`, `!!str`).
    case tag(at: SourceLocation)
    /// A directive (`%YAML`, `%TAG`).
    case directive(at: SourceLocation)
    /// A second document (`---` after content).
    case secondDocument(at: SourceLocation)
    /// Content after the document end marker `...`.
    case contentAfterDocumentEnd(at: SourceLocation)
    /// An explicit key (`? key`).
    case explicitKey(at: SourceLocation)
    /// A key that is a list or a mapping.
    case nonScalarKey(at: SourceLocation, kind: String)
    /// A `:` with no key before it.
    case emptyKey(at: SourceLocation)
    /// A key spread over several lines.
    case multilineKey(at: SourceLocation)
    /// A key longer than YAML allows for keys without `?`.
    case keyTooLong(at: SourceLocation, limit: Int)
    /// A key used twice in one mapping (the location is the second use).
    case duplicateKey(at: SourceLocation, key: String, firstLine: Int)
    /// Lists and mappings nested deeper than the reader allows.
    case nestingTooDeep(at: SourceLocation, limit: Int)
    /// A quoted scalar that never ends (the location is the opening quote).
    case unterminatedQuote(at: SourceLocation, isDouble: Bool)
    /// A quoted scalar not closed on its line, followed by a line indented
    /// too little to continue it (the location is the opening quote).
    case unclosedQuote(at: SourceLocation, isDouble: Bool, nextLine: Int)
    /// A key indented differently from the keys it sits among: `spaces` is
    /// its indentation, `siblingIndent` theirs.
    case misindentedKey(at: SourceLocation, spaces: Int, siblingIndent: Int)
    /// A backslash escape YAML does not define.
    case invalidEscape(at: SourceLocation, escape: String)
    /// A `[` or `{` that is never closed.
    case unterminatedFlow(at: SourceLocation, opening: Character)
    /// Something other than `,` or the closing bracket after a flow entry.
    case expectedFlowSeparator(at: SourceLocation, closing: Character)
    /// A `key: value` pair written directly inside `[ ]`.
    case pairInFlowSequence(at: SourceLocation)
    /// A character that cannot start unquoted text.
    case cannotStartText(at: SourceLocation, character: String)
    /// A `|` or `>` block scalar inside `[ ]` or `{ }`.
    case blockScalarInFlow(at: SourceLocation)
    /// Text left on a line after a complete value.
    case unexpectedText(at: SourceLocation)
    /// A line indented more than its place in the structure allows.
    case unexpectedIndentation(at: SourceLocation)
    /// A continuation line indented too little.
    case insufficientIndentation(at: SourceLocation)
    /// A line inside a mapping that is not `key: value`.
    case expectedKey(at: SourceLocation)
    /// A mapping started on the same line as a key, `---` or after a tab.
    case mappingNotAllowed(at: SourceLocation)
    /// A list started on the same line as a key or `---`.
    case sequenceNotAllowed(at: SourceLocation)
    /// A malformed `|` or `>` header.
    case invalidBlockScalarHeader(at: SourceLocation)
    /// A leading empty line of a block scalar with more spaces than its text.
    case blockScalarLeadingSpaces(at: SourceLocation)
    /// An explicit indentation indicator on a block scalar at the top level.
    case topLevelIndentationIndicator(at: SourceLocation)
    /// `---` or `...` at the start of a line inside quotes or brackets.
    case documentMarkerInside(at: SourceLocation)
    /// A block scalar that keeps its final line break (no `-`) but ends the
    /// file in a line without one, which YAML parsers read differently.
    case ambiguousKeptEnd(at: SourceLocation)

    /// Where the problem is.
    public var location: SourceLocation {
        switch self {
        case .binaryFile(let at), .invalidUTF8(let at), .disallowedCharacter(let at, _), .byteOrderMark(let at),
             .tabIndentation(let at), .anchor(let at), .alias(let at), .tag(let at), .directive(let at),
             .secondDocument(let at), .contentAfterDocumentEnd(let at), .explicitKey(let at),
             .nonScalarKey(let at, _), .emptyKey(let at), .multilineKey(let at), .keyTooLong(let at, _),
             .duplicateKey(let at, _, _), .nestingTooDeep(let at, _), .unterminatedQuote(let at, _),
             .unclosedQuote(let at, _, _), .misindentedKey(let at, _, _),
             .invalidEscape(let at, _), .unterminatedFlow(let at, _), .expectedFlowSeparator(let at, _),
             .pairInFlowSequence(let at), .cannotStartText(let at, _), .blockScalarInFlow(let at),
             .unexpectedText(let at), .unexpectedIndentation(let at), .insufficientIndentation(let at),
             .expectedKey(let at), .mappingNotAllowed(let at), .sequenceNotAllowed(let at),
             .invalidBlockScalarHeader(let at), .blockScalarLeadingSpaces(let at),
             .topLevelIndentationIndicator(let at), .documentMarkerInside(let at), .ambiguousKeptEnd(let at):
            return at
        }
    }

    /// What is wrong, in one sentence without a trailing period.
    public var message: String {
        switch self {
        case .binaryFile: return "this looks like a binary file, not YAML text"
        case .invalidUTF8: return "the file is not valid UTF-8 text"
        case .disallowedCharacter(_, let codePoint): return "the character \(Self.codePointName(codePoint)) is not allowed in YAML text"
        case .byteOrderMark: return "a byte order mark (U+FEFF) is only allowed at the very start of the file"
        case .tabIndentation: return "tabs are not allowed for indentation"
        case .anchor: return "anchors ('&name') are not supported"
        case .alias: return "aliases ('*name') are not supported"
        case .tag: return "tags ('!tag') are not supported"
        case .directive: return "directives ('%YAML', '%TAG') are not supported"
        case .secondDocument: return "only one document per file is supported, but a second one starts here"
        case .contentAfterDocumentEnd: return "only one document per file is supported, but there is content after the end marker '...'"
        case .explicitKey: return "explicit keys ('? key') are not supported"
        case .nonScalarKey(_, let kind): return "a key must be text, not \(kind)"
        case .emptyKey: return "a key is missing before ':'"
        case .multilineKey: return "a key must fit on one line"
        case .keyTooLong(_, let limit): return "a key longer than \(limit) characters is not allowed"
        case .duplicateKey(_, let key, let firstLine): return "duplicate key '\(key)' (first used on line \(firstLine))"
        case .nestingTooDeep(_, let limit): return "nesting deeper than \(limit) levels"
        case .unterminatedQuote(_, let isDouble): return isDouble ? "a double-quoted text never ends (missing '\"')" : "a single-quoted text never ends (missing \"'\")"
        case .unclosedQuote(_, let isDouble, let nextLine):
            return "the \(isDouble ? "double" : "single") quote that opens this text is not closed on this line, so line \(nextLine) was read as more of the text"
        case .misindentedKey(_, let spaces, let siblingIndent):
            let siblings = siblingIndent == 0 ? "the top-level keys start at column 1" : "the keys beside it are indented \(siblingIndent) (column \(siblingIndent + 1))"
            return "this key is indented \(spaces) space\(spaces == 1 ? "" : "s"), but \(siblings)"
        case .invalidEscape(_, let escape): return "'\(escape)' is not a valid escape in double-quoted text"
        case .unterminatedFlow(_, let opening): return "'\(opening)' is never closed (missing '\(opening == "[" ? "]" : "}")')"
        case .expectedFlowSeparator(_, let closing): return "expected ',' or '\(closing)' here"
        case .pairInFlowSequence: return "a 'key: value' pair directly inside '[ ]' is not supported"
        case .cannotStartText(_, let character): return "'\(character)' cannot start unquoted text"
        case .blockScalarInFlow: return "'|' and '>' block text cannot appear inside '[ ]' or '{ }'"
        case .unexpectedText: return "unexpected text after the value"
        case .unexpectedIndentation: return "this line is indented more than expected"
        case .insufficientIndentation: return "this line is not indented enough to continue the value above"
        case .expectedKey: return "expected a 'key: value' line"
        case .mappingNotAllowed: return "a mapping cannot start on this line"
        case .sequenceNotAllowed: return "a list cannot start on this line"
        case .invalidBlockScalarHeader: return "invalid '|' or '>' header: only an indentation digit 1-9, '-' or '+' and a comment may follow"
        case .blockScalarLeadingSpaces: return "a leading empty line of this block text has more spaces than its first line of text"
        case .topLevelIndentationIndicator: return "an indentation digit on top-level block text is not supported"
        case .documentMarkerInside: return "a document marker ('---' or '...') cannot appear inside quotes or brackets"
        case .ambiguousKeptEnd: return "this block text ends the file without a final line break, which YAML parsers read differently"
        }
    }

    /// How to fix it, when there is something useful to say.
    public var hint: String? {
        switch self {
        case .binaryFile: return "check that you passed the right file"
        case .invalidUTF8: return "save the file as UTF-8"
        case .tabIndentation: return "indent with spaces"
        case .anchor, .alias: return "write the value out in full where it is used"
        case .tag: return "remove the tag; every value is read as text"
        case .secondDocument, .contentAfterDocumentEnd: return "put each document in its own file"
        case .explicitKey: return "write the key as 'key: value'"
        case .multilineKey: return "put the key and its ':' on one line"
        case .cannotStartText: return "put the value in quotes"
        case .unexpectedText: return "put the value in quotes if it contains ': ' or ' #'"
        case .mappingNotAllowed: return "start the mapping on the next line, indented, or quote the value if it contains ': '"
        case .sequenceNotAllowed: return "start the list on the next line, indented"
        case .pairInFlowSequence: return "write it as '{key: value}'"
        case .duplicateKey: return "remove or rename one of them"
        case .unterminatedQuote(_, let isDouble), .unclosedQuote(_, let isDouble, _):
            return isDouble
                ? "add the closing '\"' where the text ends (write \\\" for a '\"' inside it, or quote the text with ' instead)"
                : "add the closing \"'\" where the text ends (write '' for a \"'\" inside it)"
        case .misindentedKey(_, _, let siblingIndent): return "indent it to column \(siblingIndent + 1) like its siblings"
        case .ambiguousKeptEnd: return "end the file with a line break"
        default: return nil
        }
    }

    /// `path:line:column: error: message`.
    public var description: String { "\(location): error: \(message)" }

    /// The error as a diagnostic, for rendering with the source line and a caret.
    public var diagnostic: Diagnostic { Diagnostic(.error, at: location, message, hint: hint) }

    private static func codePointName(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
