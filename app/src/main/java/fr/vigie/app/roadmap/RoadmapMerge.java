package fr.vigie.app.roadmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.vigie.app.assessment.AssessmentView;

/**
 * How a new assessment's roadmap is merged into a workspace's roadmap, by the stable key of each
 * generated action (filiere, kind and id, {@link AssessmentView.RoadmapItem#key()}):
 * <ul>
 *   <li>an action of the new roadmap the workspace does not have is added;</li>
 *   <li>an action it has keeps everything people set (horizon, owner, due date, status, comments,
 *       evidence) and takes the new texts and order; a retired one proposed again is reinstated;</li>
 *   <li>a generated action the new roadmap no longer has is retired with its reason, never deleted:
 *       {@link Reason#MATERIAL_GONE} when its mineral is no longer bought (not in the new ranking),
 *       else {@link Reason#OBLIGATION_GONE} for an obligation (it no longer applies, or is in place),
 *       else {@link Reason#SOLUTION_GONE};</li>
 *   <li>the company's own actions are never touched.</li>
 * </ul>
 * The whole rule is here, so that it can follow the engine's own reconciliation of roadmaps when the
 * engine provides one; {@link Roadmap} applies the plan in the transaction that stores the assessment.
 */
final class RoadmapMerge {

    private RoadmapMerge() {
    }

    /** Why a generated action was retired; {@code id} is stored and names the message {@code roadmap.retired.<id>}. */
    enum Reason {
        /** Its mineral is no longer in the purchase ledger. */
        MATERIAL_GONE("material_gone"),
        /** The obligation no longer applies to the company (or is already in place). */
        OBLIGATION_GONE("obligation_gone"),
        /** The obligation of a filiere is now one company-level action (the same obligation id, filiere {@code all}). */
        COMPANY_LEVEL("company_level"),
        /** The assessment no longer proposes the solution (in place, or its risk no longer ranks it). */
        SOLUTION_GONE("solution_gone");

        private final String id;

        Reason(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    /**
     * A generated action the workspace has: its id, key ({@code material:kind:id}), filiere, kind and
     * whether it is retired.
     */
    record Existing(long id, String key, String material, String kind, boolean retired) {
    }

    /** One step of a merge. */
    sealed interface Step {
        /** A new action from the assessment. */
        record Add(AssessmentView.RoadmapItem item) implements Step {
        }

        /** An action the workspace has, proposed again: new texts and order; {@code reinstate} when it was retired. */
        record Refresh(long id, AssessmentView.RoadmapItem item, boolean reinstate) implements Step {
        }

        /** An action whose reason disappeared. */
        record Retire(long id, Reason reason) implements Step {
        }
    }

    /**
     * The steps that bring the workspace's generated actions in line with a new roadmap.
     *
     * @param existing the workspace's generated actions
     * @param roadmap  the new assessment's roadmap
     * @param bought   the minerals of the new assessment's ranking (what the company buys)
     */
    static List<Step> plan(List<Existing> existing, List<AssessmentView.RoadmapItem> roadmap, Set<String> bought) {
        Map<String, Existing> byKey = new LinkedHashMap<>();
        existing.forEach(e -> byKey.put(e.key(), e));
        Map<String, AssessmentView.RoadmapItem> proposed = new LinkedHashMap<>();
        roadmap.forEach(item -> proposed.putIfAbsent(item.key(), item));
        Set<String> companyObligations = new java.util.HashSet<>();
        roadmap.stream().filter(i -> "all".equals(i.material()) && "obligation".equals(i.kind()))
                .forEach(i -> companyObligations.add(i.id()));
        List<Step> steps = new ArrayList<>();
        for (AssessmentView.RoadmapItem item : proposed.values()) {
            Existing had = byKey.get(item.key());
            steps.add(had == null ? new Step.Add(item) : new Step.Refresh(had.id(), item, had.retired()));
        }
        for (Existing e : existing) {
            if (!e.retired() && !proposed.containsKey(e.key())) {
                steps.add(new Step.Retire(e.id(), reason(e, bought, companyObligations)));
            }
        }
        return steps;
    }

    private static Reason reason(Existing e, Set<String> bought, Set<String> companyObligations) {
        if (!"all".equals(e.material()) && !bought.contains(e.material())) {
            return Reason.MATERIAL_GONE;
        }
        if (!"all".equals(e.material()) && "obligation".equals(e.kind())
                && companyObligations.contains(e.key().substring(e.key().lastIndexOf(':') + 1))) {
            return Reason.COMPANY_LEVEL;
        }
        return "obligation".equals(e.kind()) ? Reason.OBLIGATION_GONE : Reason.SOLUTION_GONE;
    }
}
