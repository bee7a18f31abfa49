package fr.vigie.app.mineral;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.vigie.app.knowledge.ReferenceNames;
import fr.vigie.app.knowledge.RenderedFragments;
import fr.vigie.app.knowledge.WorldMaps;
import fr.vigie.app.methodology.Methodologies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /minerals} and {@code /minerals/{id}}; their content is rendered once per mineral,
 * methodology version and language ({@link RenderedFragments}).
 */
@Controller
class MineralController {

    static final String LIST_VIEW = "mineral/list";
    static final String VIEW = "mineral/mineral";

    private final MineralReports reports;
    private final Methodologies methodologies;
    private final WorldMaps maps;
    private final RenderedFragments rendered;
    private final ReferenceNames names;
    private final MessageSource messages;

    MineralController(MineralReports reports, Methodologies methodologies, WorldMaps maps, RenderedFragments rendered,
            ReferenceNames names, MessageSource messages) {
        this.reports = reports;
        this.methodologies = methodologies;
        this.maps = maps;
        this.rendered = rendered;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping("/minerals")
    String list(Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        String methodology = methodologies.current().ref().toString();
        return rendered.page(model, List.of(methodology), LIST_VIEW, messages.getMessage("minerals.title", null, locale),
                () -> Map.of("minerals", reports.summaries()), locale, request, response);
    }

    @GetMapping("/minerals/{id}")
    String mineral(@PathVariable String id, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        var mineral = reports.require(id);
        String methodology = methodologies.current().ref().toString();
        return rendered.page(model, List.of(mineral.id().value(), methodology), VIEW, names.mineral(mineral, locale),
                () -> variables(mineral.id().value(), locale), locale, request, response);
    }

    private Map<String, ?> variables(String id, Locale locale) {
        MineralReport report = reports.report(id);
        List<StageMap> stageMaps = report.stages().stream()
                .filter(s -> !s.stage().equals("pre_treatment") && !s.countries().isEmpty())
                .map(s -> new StageMap(s.stage(), maps.values(s.countries().stream()
                        .filter(c -> !c.numeric().isEmpty())
                        .map(c -> new WorldMaps.Value(c.numeric(), c.share())).toList())))
                .toList();
        return Map.of("mineral", report, "mapValues", stageMaps, "countryNames", maps.names(locale));
    }

    /** The map of one stage: its id and its values as JSON. */
    record StageMap(String stage, String values) {
    }
}
