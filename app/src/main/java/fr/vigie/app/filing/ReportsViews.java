package fr.vigie.app.filing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.app.assessment.StoredAssessment;
import fr.vigie.app.workspace.WorkspaceDeleted;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.engine.filing.FilingKind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The reports page's list of reports and preview (template {@code filing/sections}), rendered outside
 * any request (no user, no security context; links as plain strings written from the application's root
 * address) and kept, keyed by what it shows: the workspace, the language, the root address, each
 * report's text and what the applicability says of it (outcome, the text's name in the language), the
 * chosen report, the assessment the reports are built from (a stored assessment never changes: its id
 * fixes its dates), whether the OECD steps register is still empty and the EU conflict minerals
 * findings of the profile's imports (rendered in the language).
 * A new assessment, a change of the company profile or a first step recorded gives another key. At most
 * {@value #CACHE_SIZE} are kept (the least used go first); those of a deleted workspace are dropped.
 */
@Component
class ReportsViews {

    static final String TEMPLATE = "filing/sections";
    static final int CACHE_SIZE = 256;

    /**
     * A report as the section shows it.
     *
     * @param kind       the report
     * @param regulation the id of the text that requires it
     * @param outcome    the applicability's outcome id, null when the catalogue does not hold the text
     * @param textName   the text's name in the language, null when the catalogue does not hold it
     */
    record Shown(FilingKind kind, String regulation, @Nullable String outcome, @Nullable String textName) {
    }

    /**
     * An EU conflict minerals finding as the section shows it.
     *
     * @param code the problem's code ({@code eu_cmr.imports_not_in_ledger}...)
     * @param line the company profile's line of the import, null when unknown
     * @param text the finding in the page's language
     */
    record Finding(String code, @Nullable Integer line, String text) {
    }

    /**
     * What the kept section depends on.
     *
     * @param workspaceId  the workspace (the links' addresses)
     * @param language     the language tag of the page
     * @param rows         the reports as shown
     * @param selected     the report previewed
     * @param basis        the id of the assessment the reports are built from, empty without one
     * @param stepsMissing whether the OECD steps register holds nothing recorded yet
     * @param findings     the EU conflict minerals findings of the profile's imports against the assessment
     * @param root         the application's root address ({@code /}, or the context path and {@code /})
     */
    record Key(long workspaceId, String language, List<Shown> rows, FilingKind selected, Optional<Long> basis,
            boolean stepsMissing, List<Finding> findings, String root) {
    }

    private final SpringTemplateEngine templates;
    private final ThymeleafEvaluationContext evaluation;
    private final Cache<Key, String> kept = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    ReportsViews(SpringTemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        // bean references (@dates) resolve outside a request too
        this.evaluation = new ThymeleafEvaluationContext(context, null);
    }

    /**
     * The HTML of the reports and the preview; {@code basis} null without an assessment; {@code root} is
     * the application's root address (the request's context path and {@code /}).
     */
    String reports(WorkspaceGrant grant, List<ReportsController.Row> rows, FilingKind selected,
            @Nullable StoredAssessment basis, boolean stepsMissing, List<Finding> findings, Locale locale,
            String root) {
        List<Shown> shown = rows.stream().map(r -> new Shown(r.kind(), r.regulation(), r.outcome(),
                r.assessment() == null ? null : r.assessment().text().name(locale))).toList();
        Key key = new Key(grant.id(), locale.toLanguageTag(), shown, selected,
                Optional.ofNullable(basis).map(StoredAssessment::id), basis != null && stepsMissing, List.copyOf(findings),
                root);
        return kept.get(key, k -> {
            Map<String, Object> variables = new HashMap<>();
            variables.put("ws", grant);
            variables.put("rows", rows);
            variables.put("selected", selected);
            variables.put("stepsMissing", k.stepsMissing());
            variables.put("cmrFindings", k.findings());
            variables.put("root", k.root());
            if (basis != null) {
                variables.put("basis", basis);
            }
            Context context = new Context(locale, variables);
            context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
            return templates.process(TEMPLATE, Set.of("reports"), context);
        });
    }

    /** How many sections are kept for a workspace. */
    long kept(long workspaceId) {
        return kept.asMap().keySet().stream().filter(k -> k.workspaceId() == workspaceId).count();
    }

    /** Drops the sections of a deleted workspace. */
    @EventListener
    void workspaceDeleted(WorkspaceDeleted event) {
        kept.asMap().keySet().removeIf(k -> k.workspaceId() == event.workspaceId());
    }
}
