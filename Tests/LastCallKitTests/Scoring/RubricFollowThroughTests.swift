import Foundation
import Testing
@testable import LastCallKit

@Suite struct RubricFollowThroughTests {
    /// The project's rubric with `head` written above it (so `head`'s lines keep their numbers).
    func load(_ head: String) -> (Rubric?, [String]) {
        let text = (try? String(contentsOfFile: ScoringFixtures.rubricPath, encoding: .utf8)) ?? ""
        let (rubric, diagnostics) = Rubric.load(yaml: head + "\n" + text, path: "rubric.yaml")
        return (rubric, diagnostics.map(\.description))
    }

    @Test func theProjectRubricSaysNineToFiveMondayToFridayAndErosion() {
        let rubric = ScoringFixtures.rubric
        #expect(rubric.businessHours == .standard)
        #expect(rubric.erosion == [0, 10, 25])
    }

    @Test func defaultsStandWhenTheKeysAreLeftOut() {
        let (rubric, _) = load("")
        #expect(rubric?.businessHours == .standard)
        #expect(rubric?.erosion == [0, 10, 25])
    }

    @Test func readsBusinessHoursWorkingDaysAndErosion() {
        let (rubric, lines) = load("""
        business-hours: 08:30-18:00
        working-days: [Sunday, Monday, Tuesday, Wednesday, Thursday]
        erosion: [0, 5, 15, 30]
        """)
        #expect(lines.filter { $0.contains("error") }.isEmpty, "\(lines)")
        #expect(rubric?.businessHours == BusinessHours(start: 510, end: 1080, workingDays: [.monday, .tuesday, .wednesday, .thursday, .sunday]))
        #expect(rubric?.erosion == [0, 5, 15, 30])
        #expect(load("working-days: Monday-Saturday").0?.businessHours.workingDays.count == 6)
    }

    @Test func locatesEveryMistake() {
        let (rubric, lines) = load("""
        business-hours: 17:00-09:00
        working-days: [Monday, Fryday]
        erosion: [0, ten, 25]
        erosoin: [1]
        """)
        #expect(rubric == nil)
        #expect(lines.contains("rubric.yaml:1:17: error: bad 'business-hours' '17:00-09:00': business ends before it starts"))
        #expect(lines.contains("rubric.yaml:2:24: error: 'Fryday' is not a weekday"))
        #expect(lines.contains("rubric.yaml:3:14: error: an erosion step should be a whole number from 0 to 100, not 'ten'"))
        #expect(lines.contains("rubric.yaml:4:1: error: unknown key 'erosoin' in the rubric"))
    }

    @Test func locatesAMistakeInsideTheText() {
        let (_, lines) = load("business-hours: 09:00-17:75\nworking-days: Monday-Fryday\nerosion: 10")
        #expect(lines.contains("rubric.yaml:1:26: error: bad 'business-hours' '09:00-17:75': there is no minute 75"))
        #expect(lines.contains("rubric.yaml:2:22: error: bad 'working-days' 'Monday-Fryday': 'Fryday' is not a weekday"))
        #expect(lines.contains { $0.hasPrefix("rubric.yaml:3:10: error: 'erosion' should be a list of mood losses per contact") })
    }
}
