extension Rubric {
    /// The top-level keys for follow-through: when the business works and
    /// how mood erodes over repeated contacts.
    static let followThroughKeys = ["business-hours", "working-days", "erosion"]
}

extension RubricLoader {
    private mutating func error(_ node: YAMLNode, _ message: String, hint: String? = nil) {
        check.error(message, at: node.location, hint: hint)
    }

    /// Reads `business-hours: 09:00-17:00`, `working-days: Monday-Friday`
    /// (or a list of days) and `erosion: [0, 10, 25]`, each optional, with
    /// located errors; the defaults stand in for any missing or bad one.
    mutating func loadFollowThrough(_ root: YAMLNode) -> (BusinessHours, [Int]) {
        var hours = BusinessHours.standard
        if let node = root["business-hours"] {
            if let text = node.scalar {
                do {
                    (hours.start, hours.end) = try BusinessHours.parseWindow(text)
                } catch let error as TimeTextError {
                    check.error("bad 'business-hours' '\(text)': \(error.message)", at: location(of: node, offset: error.offset), hint: error.hint)
                } catch {}
            } else {
                error(node, "'business-hours' should be a window such as 09:00-17:00, not \(node.kindDescription)")
            }
        }
        if let node = root["working-days"] {
            if let text = node.scalar {
                do {
                    hours.workingDays = try BusinessHours.parseWorkingDays(text)
                } catch let error as TimeTextError {
                    check.error("bad 'working-days' '\(text)': \(error.message)", at: location(of: node, offset: error.offset), hint: error.hint)
                } catch {}
            } else if let items = node.items {
                var days: [Weekday] = []
                for item in items {
                    guard let name = item.scalar, let day = Weekday(name: name.trimmingWhitespace()) else {
                        let word = item.scalar ?? item.kindDescription
                        error(item, "'\(word)' is not a weekday",
                                   hint: Spelling.suggestion(for: word, among: Weekday.allCases.map(\.name)).map { "did you mean '\($0)'?" })
                        continue
                    }
                    if days.contains(day) { error(item, "\(day.name) is listed twice") }
                    days.append(day)
                }
                hours.workingDays = BusinessHours(start: hours.start, end: hours.end, workingDays: days).workingDays
            } else {
                error(node, "'working-days' should be a range such as Monday-Friday or a list of days, not \(node.kindDescription)")
            }
            if hours.workingDays.isEmpty, !check.hasErrors {
                error(node, "'working-days' names no day")
            }
        }
        var erosion = [0, 10, 25]
        if let node = root["erosion"] {
            if let items = node.items, !items.isEmpty {
                var values: [Int] = []
                for item in items {
                    guard let text = item.scalar, let value = Int(text.trimmingWhitespace()), item.scalarStyle == .plain, (0...100).contains(value) else {
                        error(item, "an erosion step should be a whole number from 0 to 100, not \(item.scalar.map { "'\($0)'" } ?? item.kindDescription)")
                        continue
                    }
                    values.append(value)
                }
                if values.count == items.count { erosion = values }
            } else {
                error(node, "'erosion' should be a list of mood losses per contact, such as [0, 10, 25], not \(node.items != nil ? "an empty list" : node.kindDescription)")
            }
        }
        return (hours, erosion)
    }
}
