import Foundation
@testable import LastCallKit

/// The project's rubric, loaded once from `scoring/rubric.yaml`.
enum ScoringFixtures {
    static let rubricPath: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("scoring/rubric.yaml").path
    }()

    static let rubric: Rubric = {
        let text = (try? String(contentsOfFile: rubricPath, encoding: .utf8)) ?? ""
        let (rubric, diagnostics) = Rubric.load(yaml: text, path: "scoring/rubric.yaml")
        precondition(rubric != nil, "scoring/rubric.yaml does not load: \(diagnostics)")
        return rubric!
    }()

    static let scorer = ReplyScorer(rubric: rubric)

    /// Whether `reply` meets criterion `id` (for no-blame: whether it blames).
    static func holds(_ id: CriterionID, _ reply: String) -> Bool {
        let result = scorer.score(reply)[id]!
        return id == .noBlame ? !result.met : result.met
    }
}
