package fr.vigie.app.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What moved between two assessments of a workspace and why: for each filiere its rank, priority
 * score, mass, risk and traceability before and after, with the score components ordered by how much
 * their contribution changed (the "why"); and what changed in the inputs and provenance (profile,
 * ledger, methodology, priority weights, reference data, reference date, engine).
 *
 * @param from       the earlier assessment
 * @param to         the later assessment
 * @param provenance changes of inputs and versions
 * @param filieres   per filiere, ordered by the later rank (filieres that left last)
 */
public record AssessmentComparison(AssessmentView from, AssessmentView to, List<Change> provenance,
        List<FiliereChange> filieres) {

    /**
     * One change of input or version.
     *
     * @param what  message key suffix: {@code profile}, {@code ledger}, {@code methodology}, ...
     * @param from  before
     * @param to    after
     */
    public record Change(String what, String from, String to) {
    }

    /** A score component before and after; {@code delta} is the change of its contribution. */
    public record ComponentChange(String id, double valueFrom, double valueTo, double contributionFrom,
            double contributionTo) {

        /** Change of the contribution to the priority score. */
        public double delta() {
            return contributionTo - contributionFrom;
        }
    }

    /**
     * One filiere before and after; absent sides mean it was added or removed.
     *
     * @param material   mineral id
     * @param before     the filiere in the earlier assessment
     * @param after      the filiere in the later one
     * @param components components by decreasing size of their change
     */
    public record FiliereChange(String material, Optional<AssessmentView.FiliereRow> before,
            Optional<AssessmentView.FiliereRow> after, List<ComponentChange> components) {

        /** {@code added}, {@code removed}, {@code up} (rank improved means higher priority), {@code down} or {@code same}. */
        public String movement() {
            if (before.isEmpty()) {
                return "added";
            }
            if (after.isEmpty()) {
                return "removed";
            }
            int b = before.get().rank();
            int a = after.get().rank();
            return a < b ? "up" : a > b ? "down" : "same";
        }

        /** Change of the priority score (0 when added or removed). */
        public double scoreDelta() {
            return before.isPresent() && after.isPresent() ? after.get().score() - before.get().score() : 0;
        }
    }

    /** Compares two views; {@code inputs} are the inputs' hashes from each provenance. */
    public static AssessmentComparison of(AssessmentView from, AssessmentView to) {
        List<Change> changes = new ArrayList<>();
        StoredAssessment a = from.stored();
        StoredAssessment b = to.stored();
        Set<String> roles = new LinkedHashSet<>(List.of("profile", "ledger", "declaration", "scenario"));
        from.inputs().forEach(i -> roles.add(i.role()));
        to.inputs().forEach(i -> roles.add(i.role()));
        for (String role : roles) {
            input(from, to, role).ifPresent(changes::add);
        }
        differ("methodology", a.methodology(), b.methodology()).ifPresent(changes::add);
        differ("priorityWeights", a.priorityWeights(), b.priorityWeights()).ifPresent(changes::add);
        differ("referenceDate", a.referenceDate().toString(), b.referenceDate().toString()).ifPresent(changes::add);
        differ("engine", a.engineVersion(), b.engineVersion()).ifPresent(changes::add);
        for (String line : a.dataVersions()) {
            if (!b.dataVersions().contains(line)) {
                changes.add(new Change("dataRemoved", line, ""));
            }
        }
        for (String line : b.dataVersions()) {
            if (!a.dataVersions().contains(line)) {
                changes.add(new Change("dataAdded", "", line));
            }
        }
        Set<String> materials = new LinkedHashSet<>();
        to.ranking().forEach(f -> materials.add(f.material()));
        from.ranking().forEach(f -> materials.add(f.material()));
        List<FiliereChange> filieres = new ArrayList<>();
        for (String material : materials) {
            Optional<AssessmentView.FiliereRow> before = from.filiere(material);
            Optional<AssessmentView.FiliereRow> after = to.filiere(material);
            filieres.add(new FiliereChange(material, before, after, components(before, after)));
        }
        return new AssessmentComparison(from, to, changes, filieres);
    }

    private static List<ComponentChange> components(Optional<AssessmentView.FiliereRow> before,
            Optional<AssessmentView.FiliereRow> after) {
        Set<String> ids = new LinkedHashSet<>();
        before.ifPresent(f -> f.components().forEach(c -> ids.add(c.id())));
        after.ifPresent(f -> f.components().forEach(c -> ids.add(c.id())));
        List<ComponentChange> out = new ArrayList<>();
        for (String id : ids) {
            Optional<AssessmentView.Component> b = before.flatMap(f -> component(f, id));
            Optional<AssessmentView.Component> a = after.flatMap(f -> component(f, id));
            out.add(new ComponentChange(id, b.map(AssessmentView.Component::value).orElse(0.0),
                    a.map(AssessmentView.Component::value).orElse(0.0),
                    b.map(AssessmentView.Component::contribution).orElse(0.0),
                    a.map(AssessmentView.Component::contribution).orElse(0.0)));
        }
        out.sort(Comparator.comparingDouble((ComponentChange c) -> -Math.abs(c.delta())).thenComparing(ComponentChange::id));
        return out;
    }

    private static Optional<AssessmentView.Component> component(AssessmentView.FiliereRow f, String id) {
        return f.components().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static Optional<Change> input(AssessmentView from, AssessmentView to, String role) {
        return differ(role, hash(from, role), hash(to, role));
    }

    /**
     * The inputs of a role as one line: each file's name and the start of its hash, sorted (several
     * declaration files), {@code -} for none (e.g. no scenario).
     */
    private static String hash(AssessmentView view, String role) {
        List<String> files = view.inputs().stream().filter(i -> role.equals(i.role()))
                .map(i -> i.name() + " (" + i.sha256().substring(0, Math.min(12, i.sha256().length())) + ")")
                .sorted().toList();
        return files.isEmpty() ? "-" : String.join(", ", files);
    }

    private static Optional<Change> differ(String what, String from, String to) {
        return from.equals(to) ? Optional.empty() : Optional.of(new Change(what, from, to));
    }

}
