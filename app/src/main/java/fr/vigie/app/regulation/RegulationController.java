package fr.vigie.app.regulation;

import org.springframework.context.i18n.LocaleContextHolder;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.vigie.app.knowledge.ReferenceApi;
import fr.vigie.app.knowledge.ReferenceKnowledge;
import fr.vigie.app.knowledge.UnknownReferenceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /regulations}: the regulations catalogue, with the sections other modules add. */
@Controller
class RegulationController {

    static final String VIEW = "regulation/regulations";

    private final RegulationEntries entries;
    private final ObjectProvider<RegulationsPageSection> sections;

    RegulationController(RegulationEntries entries, ObjectProvider<RegulationsPageSection> sections) {
        this.entries = entries;
        this.sections = sections;
    }

    /** A section to render: its fragment and its variables. */
    record Section(String template, String fragment, Map<String, Object> model) {
    }

    @GetMapping("/regulations")
    String regulations(Model model, Principal user) {
        List<Section> extra = sections.orderedStream()
                .map(s -> new Section(s.template(), s.fragment(), s.model(user)))
                .filter(s -> !s.model().isEmpty())
                .toList();
        model.addAttribute("sections", extra);
        model.addAttribute("regulations", entries.all());
        model.addAttribute("today", entries.today());
        return VIEW;
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
            LocalDate today = today();
            return knowledge.regulations().texts().stream().map(r -> RegulationEntry.of(r, today, LocaleContextHolder.getLocale())).toList();
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
