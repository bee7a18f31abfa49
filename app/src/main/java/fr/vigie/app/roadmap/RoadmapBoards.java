package fr.vigie.app.roadmap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.app.assessment.AssessmentTexts;
import fr.vigie.app.workspace.WorkspaceDeleted;
import fr.vigie.app.workspace.WorkspaceGrant;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The roadmap board's data, and its rendering for readers who may not change it, kept per roadmap
 * version. A reader's board (template {@code roadmap/board}, fragment {@code board}: every action
 * with its comments, evidence files and retired actions, a hundred actions and more than 100 kB of
 * HTML for the demo workspace) has no form, no token and nothing of the user: it depends on the
 * workspace's roadmap, the language and nothing else. It is rendered once outside any request (no
 * user, no security context) and kept, keyed by workspace, language and the roadmap's version read
 * from the database at each request: the number and last id of the entries of the roadmap's audit
 * trail (every change of an action, comment or evidence file writes one; none is ever deleted) and of
 * the workspace's assessments (whose merge refreshes the generated actions in the transaction that
 * stores the assessment). The number catches a change committed after a later one. Any change on any
 * instance gives a new version, so a kept board is never served after a change, whichever instance
 * made it. Boards of people who may edit carry
 * forms with their CSRF token: they are rendered per request, as the user who asks.
 */
@Component
class RoadmapBoards {

    static final String TEMPLATE = "roadmap/board";
    static final int CACHE_SIZE = 64;

    /**
     * What a kept board depends on.
     *
     * @param workspace  the workspace
     * @param audits      how many entries its roadmap's audit trail has
     * @param audit       the id of the last one (0 for none)
     * @param assessments how many assessments it has
     * @param assessment  the id of the last one (0 for none)
     * @param language    the language tag of the page
     * @param root        the application's root address ({@code /}, or the context path and {@code /}),
     *                    which the evidence files' links are written from
     */
    record Key(long workspace, long audits, long audit, long assessments, long assessment, String language,
            String root) {
    }

    private final Roadmap roadmap;
    private final RoadmapEvidence evidence;
    private final JdbcClient jdbc;
    private final SpringTemplateEngine templates;
    private final AssessmentTexts texts;
    private final ThymeleafEvaluationContext evaluation;
    private final Cache<Key, String> kept = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    RoadmapBoards(Roadmap roadmap, RoadmapEvidence evidence, JdbcClient jdbc, SpringTemplateEngine templates,
            AssessmentTexts texts, ApplicationContext context) {
        this.roadmap = roadmap;
        this.evidence = evidence;
        this.jdbc = jdbc;
        this.templates = templates;
        this.texts = texts;
        // the page's bean references (@names, @dates) resolved as in a request; no conversion service (as
        // a view rendered without one): the board formats its values itself
        this.evaluation = new ThymeleafEvaluationContext(context, null);
    }

    /**
     * The board's model: the actions by horizon, their comments and evidence, the retired ones, the form
     * choices, and the application's root address {@code root} (the request's context path and {@code
     * /}) that the links rendered as plain strings start with.
     */
    Map<String, Object> model(WorkspaceGrant grant, String root) {
        var board = roadmap.board(grant);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("ws", grant);
        model.put("root", root);
        model.put("board", board);
        model.put("actionCount", board.values().stream().mapToInt(List::size).sum());
        model.put("retired", roadmap.retired(grant));
        model.put("comments", roadmap.comments(grant));
        model.put("evidence", evidence.byAction(grant));
        model.put("maxEvidenceBytes", evidence.maxBytes());
        model.put("statuses", RoadmapAction.STATUSES);
        model.put("horizons", RoadmapAction.HORIZONS);
        model.put("oecdSteps", RoadmapAction.OECD_STEPS);
        model.put("minerals", roadmap.minerals());
        return model;
    }

    /**
     * The HTML of a reader's board, kept per roadmap version, its links written from {@code root}; empty
     * for people who may edit it.
     */
    Optional<String> readerBoard(WorkspaceGrant grant, Locale locale, String root) {
        if (grant.canEdit()) {
            return Optional.empty();
        }
        Key key = jdbc.sql("select a.n, a.last, s.n, s.last from"
                        + " (select count(*) as n, coalesce(max(id), 0) as last from roadmap_audit where workspace_id = ?) a,"
                        + " (select count(*) as n, coalesce(max(id), 0) as last from assessment where workspace_id = ?) s")
                .params(grant.id(), grant.id())
                .query((rs, row) -> new Key(grant.id(), rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        locale.toLanguageTag(), root))
                .single();
        return Optional.of(kept.get(key, k -> render(grant, locale, root)));
    }

    private String render(WorkspaceGrant grant, Locale locale, String root) {
        Context context = new Context(locale, model(grant, root));
        context.setVariable("texts", texts.renderer(locale));
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
        return templates.process(TEMPLATE, Set.of("board"), context);
    }

    /** How many boards of a workspace are kept. */
    long kept(long workspaceId) {
        return kept.asMap().keySet().stream().filter(k -> k.workspace() == workspaceId).count();
    }

    /** Drops the boards of a deleted workspace. */
    @EventListener
    void workspaceDeleted(WorkspaceDeleted event) {
        kept.asMap().keySet().removeIf(k -> k.workspace() == event.workspaceId());
    }
}
