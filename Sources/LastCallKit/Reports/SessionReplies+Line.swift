extension SessionReplies {
    /// Reads a session's facts and missed replies straight from one
    /// progress-file line. The line is checked exactly as
    /// `SessionFacts(line:)` checks it (so it takes exactly the lines the
    /// full decoder takes, and reads the same facts); only the turns that
    /// missed a criterion have their customer line, reply and evidence
    /// decoded, after the whole line is known to be good.
    public init(line: UnsafeBufferPointer<UInt8>) throws(RecordError) {
        var marked: [(turn: Int, marks: SessionFacts.TurnMarks)] = []
        var turn = 0
        let facts = try SessionFacts(line: line) { (scanner: inout LineScanner) throws(RecordError) in
            turn += 1
            var marks: SessionFacts.TurnMarks? = SessionFacts.TurnMarks()
            try SessionFacts.checkTurn(&scanner, marks: &marks)
            if let marks, !marks.missed.isEmpty { marked.append((turn, marks)) }
        }
        var missed: [MissedReply] = []
        var scanner = LineScanner(line)
        for (turn, marks) in marked {
            scanner.index = marks.customer
            let customer = try scanner.string()
            scanner.index = marks.reply
            let reply = try scanner.string()
            var evidence: [CriterionID: [String]] = [:]
            if let at = marks.evidence {
                scanner.index = at
                evidence = try Self.evidence(&scanner, of: marks.missed)
            }
            for criterion in marks.missed {
                missed.append(Self.reply(facts, turn: turn, customer: customer, reply: reply, criterion: criterion,
                                         evidence: evidence[criterion] ?? []))
            }
        }
        self.init(facts: facts, missed: missed)
    }

    /// Reads the session from the bytes of one line.
    public init(line: [UInt8]) throws(RecordError) {
        let result = line.withUnsafeBufferPointer { buffer in Result { () throws(RecordError) in try SessionReplies(line: buffer) } }
        self = try result.get()
    }

    /// A turn's evidence for the criteria in `missed`, read leniently as
    /// `Turn(json:)` reads it (the line has been checked already): nothing
    /// unless it is an object; per criterion the last pair whose value is a
    /// list, keeping only its strings.
    private static func evidence(_ scanner: inout LineScanner, of missed: [CriterionID]) throws(RecordError) -> [CriterionID: [String]] {
        var evidence: [CriterionID: [String]] = [:]
        guard scanner.current == 0x7B else { return evidence }
        // Depths below the true ones: the line has passed the depth check.
        try SessionFacts.forEachPair(&scanner) { (scanner: inout LineScanner, key: String) throws(RecordError) in
            guard let criterion = CriterionID(rawValue: key), missed.contains(criterion), scanner.current == 0x5B else {
                try scanner.skipValue(depth: 0)
                return
            }
            var quotes: [String] = []
            try scanner.forEachElement { (scanner: inout LineScanner) throws(RecordError) in
                if scanner.current == 0x22 { quotes.append(try scanner.string()) } else { try scanner.skipValue(depth: 0) }
            }
            evidence[criterion] = quotes
        }
        return evidence
    }
}
