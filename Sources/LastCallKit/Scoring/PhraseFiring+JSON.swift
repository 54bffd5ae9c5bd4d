extension PhraseFiring {
    /// Appends `,"fired":[...]`, the `--explain` detail of one criterion:
    /// each phrase that matched, the words it matched and what overruled it.
    static func appendJSON<Sink: JSONByteSink>(_ firings: [PhraseFiring], to out: inout Sink) {
        out.append(utf8: #","fired":["#)
        for (k, firing) in firings.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            out.append(utf8: #"{"phrase":"#)
            JSONWriter.appendString(firing.phrase, to: &out)
            out.append(utf8: #","words":"#)
            JSONWriter.appendString(firing.words, to: &out)
            out.append(utf8: #","overruled-by":"#)
            if let reason = firing.overruledBy { JSONWriter.appendString(reason, to: &out) } else { out.append(utf8: "null") }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }
}
