package fr.vigie.app.workspace;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.engine.regulation.Applicability;
import fr.vigie.engine.regulation.RegulationAssessment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * {@code /workspaces/{id}/regulations}: the texts that apply (or may apply) to the workspace's
 * company profile on a date, with the reasons, obligations and dates; texts that do not apply are
 * listed last with their reasons.
 */
@Controller
class RegulationsController {

    static final String TEMPLATE = "workspace/regulations";
    static final int CACHE_SIZE = 64;

    /**
     * What the page's sections depend on: the workspace's stored profile text (read at each request,
     * so a changed profile, on any instance, is a new key), the date and the language.
     */
    private record Key(long workspace, String yaml, LocalDate date, String language) {
    }

    private final WorkspaceAccess access;
    private final WorkspaceProfiles profiles;
    private final SpringTemplateEngine templates;
    private final ThymeleafEvaluationContext evaluation;
    /**
     * The texts' sections (every text with its outcome, reasons, obligations and dates), rendered
     * once outside any request (no user, no security context) and kept, at most {@value #CACHE_SIZE}:
     * about fifty formatted messages per page were formatted at each request, each under the lock of
     * Spring's cached message format (a queue at 50 connections). The page around them is rendered
     * per request, as the user who asks.
     */
    private final Cache<Key, String> sections = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    RegulationsController(WorkspaceAccess access, WorkspaceProfiles profiles, SpringTemplateEngine templates,
            ApplicationContext context) {
        this.access = access;
        this.profiles = profiles;
        this.templates = templates;
        // the sections' bean references (@names, @dates) resolved as in a request
        this.evaluation = new ThymeleafEvaluationContext(context, null);
    }

    @GetMapping("/workspaces/{id}/regulations")
    String page(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date, Authentication user, Model model, Locale locale) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        LocalDate on = date == null ? LocalDate.now() : date;
        model.addAttribute("ws", grant);
        model.addAttribute("date", on);
        Key key = new Key(id, profiles.yaml(id), on, locale.toLanguageTag());
        model.addAttribute("sectionsHtml", sections.get(key, k -> render(k, locale)));
        return TEMPLATE;
    }

    private String render(Key key, Locale locale) {
        List<RegulationAssessment> all = profiles.applicableTexts(key.workspace(), key.yaml(), key.date());
        Map<String, List<RegulationAssessment>> groups = new LinkedHashMap<>();
        groups.put("applies", all.stream().filter(a -> a.outcome() instanceof Applicability.Applies).toList());
        groups.put("cannot_tell", all.stream().filter(a -> a.outcome() instanceof Applicability.CannotTell).toList());
        groups.put("recommended", all.stream().filter(a -> a.outcome() instanceof Applicability.Recommended).toList());
        groups.put("does_not_apply", all.stream().filter(a -> a.outcome() instanceof Applicability.DoesNotApply).toList());
        Context context = new Context(locale, Map.of("groups", groups));
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
        return templates.process(TEMPLATE, Set.of("sections"), context);
    }

    /** Drops the sections of a deleted workspace. */
    @EventListener
    void workspaceDeleted(WorkspaceDeleted event) {
        sections.asMap().keySet().removeIf(k -> k.workspace() == event.workspaceId());
    }
}
