import LastCallKit

/// Each trainee's latest lines among the sessions the filter keeps, noted
/// as positions while `ReportCommands.team` reads the folder for the team
/// report: the HTML export then reads just those lines again for their
/// missed replies. Memory holds a few positions per trainee, never lines.
final class LatestLines {
    /// The most lines kept per trainee.
    let capacity: Int
    /// The positions, trainee by trainee, each's oldest first.
    var windows: TraineeWindows<ProgressReader.LinePosition>

    /// Creates empty windows keeping `capacity` lines per trainee.
    init(capacity: Int) {
        self.capacity = capacity
        windows = TraineeWindows(capacity: capacity)
    }
}
