/// The customer the engine plays.
public struct CustomerProfile: Sendable, Hashable {
    /// The customer's name.
    public var name: String
    /// Mood at the start, 0 (hangs up) to 100 (delighted).
    public var mood: Int
    /// Notes on who they are, for the trainer and trainee.
    public var persona: String?

    /// Creates a profile.
    public init(name: String, mood: Int = 50, persona: String? = nil) {
        self.name = name
        self.mood = mood
        self.persona = persona
    }
}
