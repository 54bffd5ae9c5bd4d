import Foundation
import LastCallKit

/// The marks a terminal puts around pasted text once asked to (bracketed
/// paste: `ESC[200~` before, `ESC[201~` after), and how a paste of several
/// lines becomes one reply. Without them every line of a pasted paragraph
/// was sent as a reply of its own, and the customer answered each.
enum PasteMarks {
    /// Asks the terminal to mark pastes.
    static let turnOn = "\u{1B}[?2004h"
    /// Asks it to stop.
    static let turnOff = "\u{1B}[?2004l"
    /// Comes before pasted text.
    static let start = "\u{1B}[200~"
    /// Comes after it.
    static let end = "\u{1B}[201~"

    /// Whether `text` holds a mark.
    static func isMarked(_ text: String) -> Bool {
        text.contains(start) || text.contains(end)
    }

    /// Whether `text` opens a paste it does not close: the lines after it
    /// belong to the same reply.
    static func isOpen(_ text: String) -> Bool {
        guard let opened = text.range(of: start, options: .backwards) else { return false }
        guard let closed = text.range(of: end, options: .backwards) else { return true }
        return closed.lowerBound < opened.lowerBound
    }

    /// The lines of one paste, with what was typed before and after it on
    /// the same line, as one reply: the marks removed, each line trimmed,
    /// empty lines dropped, the rest joined by a space.
    static func joined(_ lines: [String]) -> String {
        lines.flatMap { (line: String) -> [Substring] in
            line.replacingOccurrences(of: start, with: "").replacingOccurrences(of: end, with: "")
                .split(separator: "\n", omittingEmptySubsequences: true)
        }
        .map { String($0).trimmingWhitespace() }
        .filter { !$0.isEmpty }
        .joined(separator: " ")
    }
}
