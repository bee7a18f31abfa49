package fr.vigie.app.regulation;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.app.knowledge.ReferenceApi;
import fr.vigie.app.knowledge.ReferenceKnowledge;
import fr.vigie.app.knowledge.UnknownReferenceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/** {@code /regulations}: the regulations catalogue, with the sections other modules add. */
@Controller
class RegulationController {

    static final String VIEW = "regulation/regulations";
    static final int CACHE_SIZE = 16;

    /**
     * What the catalogue's parts depend on besides the reference data, which is loaded once when the
     * application starts and never changes while it runs: the date the statuses are computed for
     * (today), the language and the application's root address ({@code /}, or the context path and
     * {@code /}), which the catalogue's links are written from.
     */
    record Key(LocalDate today, String language, String root) {
    }

    /**
     * The catalogue's parts of the page in a language.
     *
     * @param lead      the HTML of the lead line naming the date of the statuses
     * @param catalogue the HTML of the catalogue section: the table of texts and an article per text
     */
    record Catalogue(String lead, String catalogue) {
    }

    private final RegulationEntries entries;
    private final ObjectProvider<RegulationsPageSection> sections;
    private final SpringTemplateEngine templates;
    private final ThymeleafEvaluationContext evaluation;
    /**
     * The catalogue's parts, rendered once per date and language outside any request (no user, no
     * security context) and kept, at most {@value #CACHE_SIZE}: some hundred dates, numbers and
     * messages with arguments (each formatted under the lock of Spring's cached message format, a
     * queue under load) were rendered at each request. The page around them (layout, the user, the
     * sections other modules add) is rendered per request, as the user who asks.
     */
    private final Cache<Key, Catalogue> kept = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    RegulationController(RegulationEntries entries, ObjectProvider<RegulationsPageSection> sections,
            SpringTemplateEngine templates, ApplicationContext context) {
        this.entries = entries;
        this.sections = sections;
        this.templates = templates;
        // the catalogue's bean references (@fmt, @names) resolved as in a request
        this.evaluation = new ThymeleafEvaluationContext(context, null);
    }

    /** A section to render: its fragment and its variables. */
    record Section(String template, String fragment, Map<String, Object> model) {
    }

    @GetMapping("/regulations")
    String regulations(Model model, Principal user, Locale locale, HttpServletRequest request) {
        List<Section> extra = sections.orderedStream()
                .map(s -> new Section(s.template(), s.fragment(), s.model(user)))
                .filter(s -> !s.model().isEmpty())
                .toList();
        model.addAttribute("sections", extra);
        model.addAttribute("kept", catalogue(entries.today(), locale, request.getContextPath() + "/"));
        return VIEW;
    }

    /**
     * The catalogue's parts on a date in a language, their links written from {@code root} (the
     * application's root address), rendered at the first request that needs them.
     */
    Catalogue catalogue(LocalDate today, Locale locale, String root) {
        return kept.get(new Key(today, locale.toLanguageTag(), root), k -> render(today, locale, root));
    }

    /**
     * Renders the catalogue's parts in the language: the numbers and dates written by {@code @fmt} take
     * the language from {@link LocaleContextHolder}, set to it while rendering.
     */
    private Catalogue render(LocalDate today, Locale locale, String root) {
        Context context = new Context(locale, Map.of("regulations", entries.all(today, locale), "today", today,
                "root", root));
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return new Catalogue(templates.process(VIEW, Set.of("lead"), context).strip(),
                    templates.process(VIEW, Set.of("catalogue"), context).strip());
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /**
     * {@code /regulations/as-of}: the date the knowledge base was last checked, each text's as-of
     * date and verification status, and what changed in the data since a date (all changes when no
     * date is given), so that a user sees why an answer changed.
     */
    @GetMapping("/regulations/as-of")
    String asOf(@org.springframework.web.bind.annotation.RequestParam(required = false)
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            LocalDate since, Model model) {
        List<RegulationEntry> all = entries.all();
        LocalDate asOf = all.stream().map(RegulationEntry::asOf).max(LocalDate::compareTo).orElse(entries.today());
        List<fr.vigie.engine.regulation.RegulationChangelog.Change> changes =
                since == null ? entries.changelog().all() : entries.changelog().since(since);
        Map<String, String> names = new java.util.HashMap<>();
        all.forEach(e -> names.put(e.id(), e.name()));
        model.addAttribute("regulations", all);
        model.addAttribute("asOf", asOf);
        model.addAttribute("since", since);
        model.addAttribute("changes", changes.reversed());
        model.addAttribute("names", names);
        model.addAttribute("unverified", all.stream().filter(e -> !e.verified()).count());
        return "regulation/as-of";
    }

    /** {@code /api/regulations}. */
    @RestController
    @ReferenceApi
    @RequestMapping(path = "/api/regulations", produces = "application/json")
    @Tag(name = "Regulations", description = "The regulations catalogue with each text's status today")
    static class Api {

        private final RegulationEntries entries;

        Api(RegulationEntries entries) {
            this.entries = entries;
        }

        @GetMapping
        @Operation(summary = "Every text with its status today, key dates, obligations, source and as-of date")
        List<RegulationEntry> all() {
            return entries.all();
        }

        @GetMapping("/{id}")
        @Operation(summary = "One text; 404 problem detail for an unknown id")
        RegulationEntry one(@PathVariable String id) {
            return entries.one(id);
        }
    }

    /** The catalogue's entries on today's date. */
    @org.springframework.stereotype.Component
    static class RegulationEntries {

        private final ReferenceKnowledge knowledge;
        private final Clock clock;

        RegulationEntries(ReferenceKnowledge knowledge, ObjectProvider<Clock> clock) {
            this.knowledge = knowledge;
            this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        }

        LocalDate today() {
            return LocalDate.now(clock);
        }

        List<RegulationEntry> all() {
            return all(today(), LocaleContextHolder.getLocale());
        }

        /** The catalogue's entries on a date, in a language. */
        List<RegulationEntry> all(LocalDate today, Locale locale) {
            return knowledge.regulations().texts().stream().map(r -> RegulationEntry.of(r, today, locale)).toList();
        }

        /** The knowledge base's changelog, checked against the catalogue in use. */
        fr.vigie.engine.regulation.RegulationChangelog changelog() {
            return fr.vigie.engine.regulation.RegulationChangelog.builtIn(knowledge.regulations());
        }

        RegulationEntry one(String id) {
            return knowledge.regulations().find(id).map(r -> RegulationEntry.of(r, today(), LocaleContextHolder.getLocale()))
                    .orElseThrow(() -> new UnknownReferenceException("regulation", id));
        }
    }
}
