package fr.vigie.app.duediligence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.app.assessment.AssessmentTexts;
import fr.vigie.app.roadmap.RoadmapAction;
import fr.vigie.app.workspace.WorkspaceDeleted;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.oecd.MaturityPolicy;
import fr.vigie.engine.oecd.Side;
import fr.vigie.engine.oecd.StepStatus;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The sections of the steps page (template {@code duediligence/sections}), rendered outside any request
 * (no user, no security context; links as plain strings written from the application's root address,
 * part of every key) and kept, keyed by the data they show:
 * <ul>
 *   <li>the maturity table and its explanation: the workspace, the language, the scope shown and each
 *       scope's maturity (computed from the record, the filieres and the company's side, so any change
 *       of a status, of the ledger or of the profile gives another key);</li>
 *   <li>for people who may not edit, the shown scope's sub-steps (no form then): the workspace, the
 *       language, the scope and its side, each sub-step with its record (status, owner, dates, linked
 *       actions, evidence, last change) and level, and the titles of the linked roadmap actions. Those
 *       who may edit get forms carrying their CSRF token: that section is rendered in their request.</li>
 * </ul>
 * At most {@value #CACHE_SIZE} sections of each kind are kept (the least used go first); those of a
 * deleted workspace are dropped. Every message with arguments and every date is formatted once per
 * entry, not at each request.
 */
@Component
class StepsViews {

    static final String TEMPLATE = "duediligence/sections";
    static final int CACHE_SIZE = 256;

    /**
     * What the kept maturity section depends on.
     *
     * @param workspaceId the workspace (the scopes' addresses)
     * @param language    the language tag of the page
     * @param scope       the scope shown (marked as the current one)
     * @param rows        each scope's maturity, the company first
     * @param root        the application's root address ({@code /}, or the context path and {@code /})
     */
    record MaturityKey(long workspaceId, String language, String scope, List<StepsPage.ScopeRow> rows, String root) {
    }

    /**
     * What the kept sub-steps section of a reader depends on.
     *
     * @param workspaceId the workspace (the links' addresses)
     * @param language    the language tag of the page
     * @param scope       the scope shown
     * @param side        its side of the chain
     * @param subSteps    its sub-steps with their records and levels
     * @param actions     the titles of the roadmap actions the records link, by id
     * @param root        the application's root address ({@code /}, or the context path and {@code /})
     */
    record ScopeKey(long workspaceId, String language, String scope, Side side, List<StepsPage.SubStepRow> subSteps,
            Map<Long, Localized> actions, String root) {
    }

    private final SpringTemplateEngine templates;
    private final AssessmentTexts texts;
    private final StepRecords records;
    private final ThymeleafEvaluationContext evaluation;
    private final Cache<MaturityKey, String> maturity = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();
    private final Cache<ScopeKey, String> scopes = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    StepsViews(SpringTemplateEngine templates, AssessmentTexts texts, StepRecords records, ApplicationContext context) {
        this.templates = templates;
        this.texts = texts;
        this.records = records;
        // bean references (@names, @dates) resolve outside a request too
        this.evaluation = new ThymeleafEvaluationContext(context, null);
    }

    /**
     * The HTML of the maturity section; {@code maturity} is the shown scope's; {@code root} is the
     * application's root address (the request's context path and {@code /}).
     */
    String maturity(WorkspaceGrant grant, String scope, List<StepsPage.ScopeRow> rows,
            MaturityPolicy.Maturity shown, Locale locale, String root) {
        return maturity.get(new MaturityKey(grant.id(), locale.toLanguageTag(), scope, List.copyOf(rows), root),
                k -> render("maturity", locale, Map.of("ws", grant, "scope", scope, "rows", k.rows(),
                        "maturity", shown, "steps", records.catalogue().steps(), "policy", MaturityPolicy.ID,
                        "root", root)));
    }

    /**
     * The HTML of the shown scope's sub-steps for a reader who may not edit ({@code grant.canEdit()}
     * false): {@code actions} are the workspace's roadmap actions still in use; {@code root} is the
     * application's root address.
     */
    String scope(WorkspaceGrant grant, String scope, Side side, List<StepsPage.SubStepRow> subSteps,
            List<RoadmapAction> actions, Locale locale, String root) {
        if (grant.canEdit()) {
            throw new IllegalArgumentException("the sub-steps of an editor carry forms: rendered in the request");
        }
        Map<Long, RoadmapAction> byId = new LinkedHashMap<>();
        actions.forEach(a -> byId.put(a.id(), a));
        Map<Long, Localized> linked = new LinkedHashMap<>();
        for (StepsPage.SubStepRow row : subSteps) {
            for (Long id : row.record().actions()) {
                RoadmapAction a = byId.get(id);
                if (a != null) {
                    linked.put(id, a.title());
                }
            }
        }
        List<RoadmapAction> used = actions.stream().filter(a -> linked.containsKey(a.id())).toList();
        return scopes.get(new ScopeKey(grant.id(), locale.toLanguageTag(), scope, side, List.copyOf(subSteps), linked, root),
                k -> render("scope", locale, Map.of("ws", grant, "scope", scope, "side", side, "subSteps", k.subSteps(),
                        "actions", used, "steps", records.catalogue().steps(), "statuses", List.of(StepStatus.values()),
                        "maxEvidenceMb", records.maxBytes() / (1024 * 1024), "root", root)));
    }

    private String render(String fragment, Locale locale, Map<String, Object> variables) {
        Context context = new Context(locale, variables);
        context.setVariable("texts", texts.renderer(locale));
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
        return templates.process(TEMPLATE, Set.of(fragment), context);
    }

    /** How many sections are kept for a workspace. */
    long kept(long workspaceId) {
        return maturity.asMap().keySet().stream().filter(k -> k.workspaceId() == workspaceId).count()
                + scopes.asMap().keySet().stream().filter(k -> k.workspaceId() == workspaceId).count();
    }

    /** Drops the sections of a deleted workspace. */
    @EventListener
    void workspaceDeleted(WorkspaceDeleted event) {
        maturity.asMap().keySet().removeIf(k -> k.workspaceId() == event.workspaceId());
        scopes.asMap().keySet().removeIf(k -> k.workspaceId() == event.workspaceId());
    }
}
