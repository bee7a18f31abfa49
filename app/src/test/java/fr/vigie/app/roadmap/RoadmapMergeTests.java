package fr.vigie.app.roadmap;

import java.util.List;
import java.util.Set;

import fr.vigie.app.assessment.AssessmentView;
import fr.vigie.engine.kernel.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Known answers of the roadmap merge: what is added, refreshed, reinstated and retired, and why. */
class RoadmapMergeTests {

    private static AssessmentView.RoadmapItem item(int order, String material, String kind, String id) {
        return new AssessmentView.RoadmapItem("short", order, material, kind, id, Text.of("t"), Text.of("j"), "2027-01-01");
    }

    @Test
    void aLedgerWithoutTinRetiresTinActionsAsMaterialGoneAndTheOthersByKind() {
        // The workspace had, from a ledger with cobalt, tin and copper: a company-level obligation
        // (id 1), a cobalt survey (2), a tin obligation (3), a tin programme (4), a copper solution (5,
        // retired earlier) and a cobalt audit (6). The new ledger has cobalt and copper only; the new
        // roadmap proposes the company obligation, the cobalt survey, the copper solution again and a
        // new copper obligation, and no longer the cobalt audit.
        List<RoadmapMerge.Existing> existing = List.of(
                new RoadmapMerge.Existing(1, "all:obligation:crma_risk", "all", "obligation", false),
                new RoadmapMerge.Existing(2, "cobalt:solution:emrt_survey", "cobalt", "solution", false),
                new RoadmapMerge.Existing(3, "tin:obligation:eu_3tg_dd", "tin", "obligation", false),
                new RoadmapMerge.Existing(4, "tin:solution:itsci", "tin", "solution", false),
                new RoadmapMerge.Existing(5, "copper:solution:copper_mark", "copper", "solution", true),
                new RoadmapMerge.Existing(6, "cobalt:solution:rmap_audit", "cobalt", "solution", false));
        List<AssessmentView.RoadmapItem> roadmap = List.of(
                item(1, "all", "obligation", "crma_risk"),
                item(2, "cobalt", "solution", "emrt_survey"),
                item(3, "copper", "solution", "copper_mark"),
                item(4, "copper", "obligation", "csddd_map"));

        List<RoadmapMerge.Step> steps = RoadmapMerge.plan(existing, roadmap, Set.of("cobalt", "copper"));

        assertThat(steps).containsExactly(
                new RoadmapMerge.Step.Refresh(1, roadmap.get(0), false),
                new RoadmapMerge.Step.Refresh(2, roadmap.get(1), false),
                new RoadmapMerge.Step.Refresh(5, roadmap.get(2), true),
                new RoadmapMerge.Step.Add(roadmap.get(3)),
                new RoadmapMerge.Step.Retire(3, RoadmapMerge.Reason.MATERIAL_GONE),
                new RoadmapMerge.Step.Retire(4, RoadmapMerge.Reason.MATERIAL_GONE),
                new RoadmapMerge.Step.Retire(6, RoadmapMerge.Reason.SOLUTION_GONE));
    }

    @Test
    void aCompanyLevelObligationNoLongerProposedIsRetiredAsNoLongerApplyingAndRetiredOnesStaySo() {
        // The company obligation (1) no longer applies; the tin action (2) was retired before and is
        // still not proposed: nothing is done to it (no second retirement in the history).
        List<RoadmapMerge.Existing> existing = List.of(
                new RoadmapMerge.Existing(1, "all:obligation:crma_risk", "all", "obligation", false),
                new RoadmapMerge.Existing(2, "tin:solution:itsci", "tin", "solution", true));
        List<RoadmapMerge.Step> steps = RoadmapMerge.plan(existing, List.of(), Set.of("cobalt"));
        assertThat(steps).containsExactly(new RoadmapMerge.Step.Retire(1, RoadmapMerge.Reason.OBLIGATION_GONE));
    }

    @Test
    void aFilieresObligationNowProposedOnceForTheCompanyIsRetiredAsCompanyLevel() {
        // The cobalt and tin actions of the obligation crma_risk (1, 2) become one company-level action:
        // both are retired as "now company level", the company-level one is added; the cobalt
        // obligation csddd_map (3) is simply no longer proposed; tin is still bought.
        List<RoadmapMerge.Existing> existing = List.of(
                new RoadmapMerge.Existing(1, "cobalt:obligation:crma_risk", "cobalt", "obligation", false),
                new RoadmapMerge.Existing(2, "tin:obligation:crma_risk", "tin", "obligation", false),
                new RoadmapMerge.Existing(3, "cobalt:obligation:csddd_map", "cobalt", "obligation", false));
        List<AssessmentView.RoadmapItem> roadmap = List.of(item(1, "all", "obligation", "crma_risk"));
        assertThat(RoadmapMerge.plan(existing, roadmap, Set.of("cobalt", "tin"))).containsExactly(
                new RoadmapMerge.Step.Add(roadmap.getFirst()),
                new RoadmapMerge.Step.Retire(1, RoadmapMerge.Reason.COMPANY_LEVEL),
                new RoadmapMerge.Step.Retire(2, RoadmapMerge.Reason.COMPANY_LEVEL),
                new RoadmapMerge.Step.Retire(3, RoadmapMerge.Reason.OBLIGATION_GONE));
    }

    @Test
    void aKeyProposedTwiceIsAddedOnce() {
        List<AssessmentView.RoadmapItem> roadmap = List.of(item(1, "all", "obligation", "x"),
                item(2, "all", "obligation", "x"));
        assertThat(RoadmapMerge.plan(List.of(), roadmap, Set.of()))
                .containsExactly(new RoadmapMerge.Step.Add(roadmap.getFirst()));
    }
}
