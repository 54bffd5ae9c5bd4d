import Testing
@testable import LastCallKit

@Suite struct TraineeWindowsTests {
    static func all(_ windows: TraineeWindows<String>) -> [String] {
        var out: [String] = []
        windows.forEach { out.append($0) }
        return out
    }

    @Test func keepsEachTraineesLatestInTraineeOrder() {
        var windows = TraineeWindows<String>(capacity: 2)
        for (trainee, session) in [("zoë", "z1"), ("ana", "a1"), ("zoë", "z2"), ("ana", "a2"), ("ana", "a3"), ("Bo", "b1")] {
            windows.append(session, trainee: trainee)
        }
        // Byte order: capitals before small letters, 'ë' after 'z'.
        #expect(Self.all(windows) == ["b1", "a2", "a3", "z1", "z2"])
        #expect(windows.trainees == 3)
    }

    @Test func mergingKeepsTheLatestAcrossBothRuns() {
        var first = TraineeWindows<String>(capacity: 3), second = TraineeWindows<String>(capacity: 3)
        ["a1", "a2"].forEach { first.append($0, trainee: "ana") }
        ["a3", "a4"].forEach { second.append($0, trainee: "ana") }
        second.append("b1", trainee: "bo")
        first.merge(second)
        #expect(Self.all(first) == ["a2", "a3", "a4", "b1"])
    }

    @Test func aZeroCapacityKeepsNothing() {
        var windows = TraineeWindows<String>(capacity: 0)
        windows.append("a1", trainee: "ana")
        #expect(Self.all(windows).isEmpty)
    }
}
