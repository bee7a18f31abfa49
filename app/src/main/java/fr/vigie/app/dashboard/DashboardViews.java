package fr.vigie.app.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.app.assessment.AssessmentTexts;
import fr.vigie.app.assessment.AssessmentView;
import fr.vigie.app.assessment.Assessments;
import fr.vigie.app.assessment.StoredAssessment;
import fr.vigie.app.workspace.WorkspaceGrant;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;
import fr.vigie.app.knowledge.ReferenceNames;
import fr.vigie.app.shell.Dates;
import fr.vigie.app.workspace.WorkspaceDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The computed view data of an assessment's dashboard in a language, kept: the parsed assessment
 * view, the basis line and the key figures that depend on the assessment only (template
 * {@code dashboard/figures}) and the ranking and heatmap sections (template {@code
 * dashboard/analysis}, most of the page's rendering work), rendered from the assessment alone (a
 * template context with the view, the risk categories, the reference names and the engine's
 * messages of the language as {@code texts}, which render the assessment's stored texts; no
 * request, no user, no security context). Stored
 * assessments never change, so an entry is valid for as long as its assessment exists: entries are
 * keyed by assessment id, language and the application's root address (which the one link is written
 * from), at most {@value #CACHE_SIZE} are kept (the least used go
 * first) and those of a deleted workspace are dropped. The page around them (layout, navigation,
 * workspace tabs, key figures, the user's name and role, the CSRF token, the open roadmap actions)
 * is rendered for each request, as the user who asks.
 */
@Component
class DashboardViews {

    static final String ANALYSIS_TEMPLATE = "dashboard/analysis";
    static final String FIGURES_TEMPLATE = "dashboard/figures";
    static final String CHARTS_TEMPLATE = "dashboard/charts";
    static final int CACHE_SIZE = 256;

    /**
     * What a kept entry depends on.
     *
     * @param assessment the stored assessment's id
     * @param language   the language tag of the page
     * @param root       the application's root address ({@code /}, or the context path and {@code /}),
     *                   which the figures' link to the regulations page is written from
     */
    record Key(long assessment, String language, String root) {
    }

    /**
     * The view data of one assessment in one language.
     *
     * @param view         the assessment view (key figures, ranking, heatmap rows)
     * @param lead         the HTML of the line naming the assessment the dashboard is built from
     * @param figureItems  the HTML of the key figures that depend on the assessment only (volume,
     *                     traceability, texts that apply, each with its explanation)
     * @param charts       the HTML of the charts section: the charts' data (JSON) and a table per chart
     * @param analysis     the HTML of the ranking and heatmap sections, in the language
     */
    record DashboardData(AssessmentView view, String lead, String figureItems, String charts, String analysis) {
    }

    private final SpringTemplateEngine templates;
    private final ReferenceNames names;
    private final AssessmentTexts texts;
    private final Assessments assessments;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Dates dates;
    private final Cache<Key, DashboardData> kept = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    DashboardViews(SpringTemplateEngine templates, ReferenceNames names, AssessmentTexts texts, Assessments assessments,
            MessageSource messages, JsonMapper json, Dates dates) {
        this.dates = dates;
        this.assessments = assessments;
        this.messages = messages;
        this.json = json;
        this.templates = templates;
        this.names = names;
        this.texts = texts;
    }

    /**
     * The view data of an assessment of the workspace in a language: {@code view} is the assessment's
     * view. The trend chart shows the workspace's assessments up to this one: they never change and
     * none is deleted alone, so they too depend on the assessment only. {@code root} is the
     * application's root address (the request's context path and {@code /}).
     */
    DashboardData data(WorkspaceGrant grant, AssessmentView view, Locale locale, String root) {
        return kept.get(new Key(view.stored().id(), locale.toLanguageTag(), root), k -> compute(grant, view, locale, root));
    }

    /**
     * Renders the assessment's parts of the page: every formatted number and message with arguments
     * is done here once, not at each request (formatting a message takes a lock shared by every
     * request that formats it, a queue under load).
     */
    private DashboardData compute(WorkspaceGrant grant, AssessmentView view, Locale locale, String root) {
        List<AssessmentView> history = new ArrayList<>();
        for (StoredAssessment s : assessments.list(grant).reversed()) {
            if (s.id() <= view.stored().id()) {
                history.add(s.id() == view.stored().id() ? view : assessments.view(grant, s));
            }
        }
        DashboardCharts charts = DashboardCharts.of(view, history, DashboardCharts.Naming.of(names, messages, locale), locale);
        Context context = new Context(locale, Map.of("view", view, "categories", AssessmentView.CATEGORIES,
                "names", names, "texts", texts.messages(locale), "regulationsUrl", root + "workspaces/" + view.stored().workspaceId() + "/regulations",
                "charts", charts, "json", scriptSafe(json.writeValueAsString(charts)), "dates", dates));
        return new DashboardData(view, templates.process(FIGURES_TEMPLATE, Set.of("lead"), context).strip(),
                templates.process(FIGURES_TEMPLATE, Set.of("items"), context).strip(),
                templates.process(CHARTS_TEMPLATE, context), templates.process(ANALYSIS_TEMPLATE, context));
    }

    /**
     * JSON that can sit in a {@code <script type="application/json">} element: a {@code <} (only ever
     * inside a JSON string) is written as its escape, so no name can close the element.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }

    /** How many entries are kept for the assessments of a workspace. */
    long kept(long workspaceId) {
        return kept.asMap().values().stream().filter(d -> d.view().stored().workspaceId() == workspaceId).count();
    }

    /** Drops the entries of a deleted workspace's assessments. */
    @EventListener
    void workspaceDeleted(WorkspaceDeleted event) {
        kept.asMap().values().removeIf(d -> d.view().stored().workspaceId() == event.workspaceId());
    }
}
