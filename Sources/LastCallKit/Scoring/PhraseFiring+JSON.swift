extension PhraseFiring {
    /// Appends `,"fired":[...]`, the `--explain` detail of one criterion:
    /// each phrase that matched, the words it matched and what overruled it.
    static func appendJSON(_ firings: [PhraseFiring], to out: inout [UInt8]) {
        out.append(contentsOf: #","fired":["#.utf8)
        for (k, firing) in firings.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: #"{"phrase":"#.utf8)
            JSONWriter.writeString(firing.phrase, into: &out)
            out.append(contentsOf: #","words":"#.utf8)
            JSONWriter.writeString(firing.words, into: &out)
            out.append(contentsOf: #","overruled-by":"#.utf8)
            if let reason = firing.overruledBy { JSONWriter.writeString(reason, into: &out) } else { out.append(contentsOf: "null".utf8) }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }
}
