package fr.vigie.app.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.app.workspace.WorkspaceGrant;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Progress of a workspace's roadmap for its dashboard (section {@value #TEMPLATE}, which the dashboard
 * shows as {@link #html}): the current actions (retired ones left out), generated
 * and own, counted per OECD due diligence step (1 to 5, then those without a step) and per filiere
 * (company-level actions first, then minerals by id), each with how many are to do, in progress and
 * done, and the share done.
 */
@Component("roadmapProgress")
public class RoadmapProgress {

    static final String TEMPLATE = "roadmap/progress-section";
    static final int CACHE_SIZE = 1_024;

    private final Roadmap roadmap;
    private final SpringTemplateEngine templates;
    private final ThymeleafEvaluationContext evaluation;
    private final Cache<Key, String> kept = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    RoadmapProgress(Roadmap roadmap, SpringTemplateEngine templates, ApplicationContext context) {
        this.roadmap = roadmap;
        this.templates = templates;
        // the section's bean reference (@names) resolved as in a request
        this.evaluation = new ThymeleafEvaluationContext(context, null);
    }

    /**
     * What the section's HTML depends on: the counts themselves (read at each request, one query), so
     * a changed action status is another key and the section is never stale.
     *
     * @param workspace the workspace's id
     * @param progress  its progress
     * @param pinned    the id of the assessment pinned to its dashboard, 0 for none
     * @param language  the page's language tag
     * @param root      the application's root address ({@code @{/}})
     */
    record Key(long workspace, Progress progress, long pinned, String language, String root) {
    }

    /**
     * The HTML of the dashboard's progress section for the workspace's {@code progress} ({@link
     * #of(WorkspaceGrant)}, read at each request) in the language, naming the {@code pinned}
     * assessment if there is one; {@code root} is the application's root address. Rendered once per
     * {@link Key} (template {@value #TEMPLATE}, outside the request) and kept: its tables (a formatted
     * message per row) were a large part of the dashboard's rendering time.
     */
    public String html(WorkspaceGrant grant, Progress progress, Optional<Long> pinned, Locale locale, String root) {
        return kept.get(new Key(grant.id(), progress, pinned.orElse(0L), locale.toLanguageTag(), root), k -> render(k, locale));
    }

    private String render(Key key, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", key.workspace());
        model.put("progress", key.progress());
        model.put("pinned", key.pinned() == 0 ? Optional.empty() : Optional.of(new Pinned(key.pinned())));
        model.put("root", key.root());
        Context context = new Context(locale, model);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
        return templates.process(TEMPLATE, Set.of("section"), context).strip();
    }

    /** The pinned assessment as the section names it. */
    public record Pinned(long id) {
    }

    /** How many sections are kept (for tests). */
    long kept() {
        kept.cleanUp();
        return kept.estimatedSize();
    }

    /**
     * One group's counts.
     *
     * @param group      the OECD step ({@code 1} to {@code 5}, empty for none) or the filiere's mineral id
     *                   ({@code all} for company level)
     * @param todo       actions to do
     * @param inProgress actions in progress
     * @param done       actions done
     */
    public record Row(String group, int todo, int inProgress, int done) {

        /** All actions of the group. */
        public int total() {
            return todo + inProgress + done;
        }

        /** The share done, 0 to 1 (0 for no action). */
        public double share() {
            return total() == 0 ? 0 : (double) done / total();
        }
    }

    /**
     * The workspace's progress.
     *
     * @param total     every current action
     * @param byStep    per OECD step, 1 to 5, then the actions without a step (group empty)
     * @param byFiliere per filiere, company level first
     */
    public record Progress(Row total, List<Row> byStep, List<Row> byFiliere) {
    }

    /**
     * The progress of a workspace's current actions, counted by the database (the dashboard shows it
     * on every request, so the actions' texts are not read).
     */
    public Progress of(WorkspaceGrant grant) {
        return count(roadmap.statusCounts(grant));
    }

    /** The progress of these actions (retired ones must be left out by the caller). */
    static Progress of(List<RoadmapAction> current) {
        return count(current.stream()
                .map(a -> new Roadmap.StatusCount(a.material(), a.oecdStep(), a.status(), 1)).toList());
    }

    private static Progress count(List<Roadmap.StatusCount> counts) {
        List<Row> byStep = rows(counts, c -> c.oecdStep().map(String::valueOf).orElse(""),
                Comparator.comparing((String g) -> g.isEmpty()).thenComparing(Comparator.naturalOrder()));
        List<Row> byFiliere = rows(counts, Roadmap.StatusCount::material,
                Comparator.comparing((String g) -> !Roadmap.COMPANY_LEVEL.equals(g)).thenComparing(Comparator.naturalOrder()));
        return new Progress(count("", counts), byStep, byFiliere);
    }

    private static List<Row> rows(List<Roadmap.StatusCount> counts, Function<Roadmap.StatusCount, String> group,
            Comparator<String> order) {
        Map<String, List<Roadmap.StatusCount>> groups = new LinkedHashMap<>();
        counts.forEach(c -> groups.computeIfAbsent(group.apply(c), k -> new ArrayList<>()).add(c));
        return groups.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                .map(e -> count(e.getKey(), e.getValue())).toList();
    }

    private static Row count(String group, List<Roadmap.StatusCount> counts) {
        int todo = 0;
        int progress = 0;
        int done = 0;
        for (Roadmap.StatusCount c : counts) {
            switch (c.status()) {
                case "done" -> done += c.count();
                case "in_progress" -> progress += c.count();
                default -> todo += c.count();
            }
        }
        return new Row(group, todo, progress, done);
    }
}
