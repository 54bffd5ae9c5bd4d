extension SessionRecord {
    /// The record as one JSON object, keys in a fixed documented order.
    public var jsonValue: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("version", .int(Self.formatVersion)),
            ("id", .string(id)),
            ("trainee", .string(trainee)),
            ("scenario", .string(scenario)),
            ("scenario_title", .string(scenarioTitle)),
            ("level", .int(level)),
        ]
        // Written only when the scenario names a focus, so records of
        // scenarios without one (and older records) write back as read.
        if !focus.isEmpty { pairs.append(("focus", .array(focus.map { .string($0.rawValue) }))) }
        pairs += [
            ("scenario_hash", .string(scenarioHash)),
            ("seed", .int(Int(truncatingIfNeeded: seed))),
            ("started_at", .string(startedAt)),
            ("ended_at", .string(endedAt)),
            ("duration_seconds", .int(durationSeconds)),
            ("outcome", .string(outcome.rawValue)),
        ]
        if let endReason { pairs.append(("end_reason", .string(endReason))) }
        pairs += [
            ("score", .int(score)),
            ("pass_mark", .int(passMark)),
            ("passed", .bool(passed)),
            ("mood_start", .int(moodStart)),
            ("mood_end", .int(moodEnd)),
            ("path", .array(path.map { .string($0) })),
        ]
        // A record from before contacts existed writes back as it was read.
        if !contacts.isEmpty {
            pairs.append(("contacts", .array(contacts.map(\.jsonValue))))
            pairs.append(("promises", .array(promises.map(\.jsonValue))))
            pairs.append(("ready", ready.map { .string($0.iso) } ?? .null))
        }
        pairs += [
            ("criteria", .object(criteria.map { ($0.criterion.rawValue, .object([("met", .int($0.met)), ("expected", .int($0.expected))])) })),
            ("turns", .array(turns.map(\.jsonValue))),
        ]
        if let best { pairs.append(("best", best.jsonValue)) }
        if let weakest { pairs.append(("weakest", weakest.jsonValue)) }
        pairs.append(("tips", .array(tips.map { .object([("criterion", .string($0.criterion.rawValue)), ("tip", .string($0.tip))]) })))
        pairs.append(("flags", .array(flags.map(\.jsonValue))))
        if let unfinishedReply { pairs.append(("unfinished_reply", .string(unfinishedReply))) }
        return .object(pairs)
    }

    /// Reads a record from its JSON object; throws a message naming the
    /// first missing or mistyped field.
    public init(json: JSONValue) throws(RecordError) {
        var reader = FieldReader(json)
        let version = try reader.int("version")
        guard version == Self.formatVersion else { throw RecordError("unsupported record version \(version)") }
        let outcomeText = try reader.string("outcome")
        guard let outcome = SessionOutcome(rawValue: outcomeText) else { throw RecordError("unknown outcome '\(outcomeText)'") }
        var criteria: [CriterionTally] = []
        guard case .object(let tallies)? = json["criteria"] else { throw RecordError("missing or mistyped field 'criteria'") }
        for (key, value) in tallies {
            var tally = FieldReader(value)
            let met = try tally.int("met"), expected = try tally.int("expected")
            // A key that is no criterion (hand-edited, or from another tool)
            // is checked like any tally and then left out: reports count
            // only the rubric's criteria, and `SessionFacts(line:)` does the same.
            if let criterion = CriterionID(rawValue: key) {
                criteria.append(CriterionTally(criterion: criterion, met: met, expected: expected))
            }
        }
        guard case .array(let turnValues)? = json["turns"] else { throw RecordError("missing or mistyped field 'turns'") }
        var turns: [Turn] = []
        for value in turnValues { turns.append(try Turn(json: value)) }
        var tips: [CriterionTip] = []
        if case .array(let tipValues)? = json["tips"] {
            for value in tipValues {
                var tip = FieldReader(value)
                let key = try tip.string("criterion"), text = try tip.string("tip")
                if let criterion = CriterionID(rawValue: key) { tips.append(CriterionTip(criterion: criterion, tip: text)) }
            }
        }
        self.init(
            id: try reader.string("id"), trainee: try reader.string("trainee"), scenario: try reader.string("scenario"),
            scenarioTitle: try reader.string("scenario_title"), level: try reader.int("level"),
            scenarioHash: try reader.string("scenario_hash"), seed: UInt64(truncatingIfNeeded: try reader.int("seed")),
            startedAt: try reader.string("started_at"), endedAt: try reader.string("ended_at"),
            durationSeconds: try reader.int("duration_seconds"), outcome: outcome,
            endReason: try reader.optionalString("end_reason"), score: try reader.int("score"),
            passMark: try reader.int("pass_mark"), passed: try reader.bool("passed"),
            moodStart: try reader.int("mood_start"), moodEnd: try reader.int("mood_end"),
            path: try reader.strings("path"), criteria: criteria, turns: turns,
            best: try json["best"].map { v throws(RecordError) in try TurnHighlight(json: v) },
            weakest: try json["weakest"].map { v throws(RecordError) in try TurnHighlight(json: v) },
            tips: tips, flags: try Self.flags(in: json), unfinishedReply: try reader.optionalString("unfinished_reply"),
            contacts: try Self.list("contacts", in: json, Contact.init(json:)),
            promises: try Self.list("promises", in: json, Promise.init(json:)),
            ready: try reader.optionalMoment("ready"),
            focus: json["focus"] == nil ? [] : try reader.criteria("focus"))
    }

    /// The record's flags; a record written before flags existed has none.
    private static func flags(in json: JSONValue) throws(RecordError) -> [Flag] {
        guard let value = json["flags"] else { return [] }
        guard case .array(let items) = value else { throw RecordError("field 'flags' should be a list") }
        var flags: [Flag] = []
        for item in items { flags.append(try Flag(json: item)) }
        return flags
    }
}

extension Turn {
    /// The turn as a JSON object.
    public var jsonValue: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("step", .string(step)),
            ("customer", .string(customer)),
            ("reply", .string(reply)),
            ("met", .array(met.map { .string($0.rawValue) })),
            ("missed", .array(missed.map { .string($0.rawValue) })),
            ("mood", .int(mood)),
        ]
        if let contact {
            pairs.append(("contact", .int(contact)))
            pairs.append(("clock", clock.map { .string($0.iso) } ?? .null))
        }
        if !evidence.isEmpty {
            let keys = (met + missed).filter { evidence[$0] != nil }
            pairs.append(("evidence", .object(keys.map { ($0.rawValue, .array(evidence[$0]!.map { .string($0) })) })))
        }
        return .object(pairs)
    }

    /// Reads a turn from its JSON object.
    public init(json: JSONValue) throws(RecordError) {
        var reader = FieldReader(json)
        var evidence: [CriterionID: [String]] = [:]
        if case .object(let pairs)? = json["evidence"] {
            for (key, value) in pairs {
                if let criterion = CriterionID(rawValue: key), case .array(let items) = value {
                    evidence[criterion] = items.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
                }
            }
        }
        self.init(step: try reader.string("step"), customer: try reader.string("customer"), reply: try reader.string("reply"),
                  met: try reader.criteria("met"), missed: try reader.criteria("missed"), evidence: evidence,
                  mood: try reader.int("mood"), contact: try reader.optionalInt("contact"), clock: try reader.optionalMoment("clock"))
    }
}

extension TurnHighlight {
    /// The highlight as a JSON object.
    public var jsonValue: JSONValue {
        .object([("turn", .int(turn)), ("reply", .string(reply)), ("why", .string(why))])
    }

    /// Reads a highlight from its JSON object.
    public init(json: JSONValue) throws(RecordError) {
        var reader = FieldReader(json)
        self.init(turn: try reader.int("turn"), reply: try reader.string("reply"), why: try reader.string("why"))
    }
}
