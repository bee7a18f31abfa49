package fr.vigie.app.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.vigie.app.knowledge.ReferenceNames;
import fr.vigie.app.knowledge.RenderedFragments;
import fr.vigie.app.knowledge.WorldMaps;
import fr.vigie.engine.risk.LevelBands;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /countries} (list and map by category) and {@code /countries/{iso}}; their content is
 * rendered once per category or country, methodology version and language ({@link RenderedFragments}).
 */
@Controller
class CountryController {

    static final String LIST_VIEW = "country/list";
    static final String VIEW = "country/country";

    private final CountryReports reports;
    private final WorldMaps maps;
    private final MessageSource messages;
    private final RenderedFragments rendered;
    private final ReferenceNames names;

    CountryController(CountryReports reports, WorldMaps maps, MessageSource messages, RenderedFragments rendered,
            ReferenceNames names) {
        this.reports = reports;
        this.maps = maps;
        this.messages = messages;
        this.rendered = rendered;
        this.names = names;
    }

    @GetMapping("/countries")
    String list(@RequestParam(defaultValue = "human_rights") String category, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        RiskCategory selected = java.util.Arrays.stream(RiskCategory.values())
                .filter(c -> c.id().equals(category)).findFirst().orElse(RiskCategory.HUMAN_RIGHTS);
        String methodology = reports.methodology().ref().toString();
        return rendered.page(model, List.of(selected.id(), methodology), LIST_VIEW,
                messages.getMessage("countries.title", null, locale), () -> listVariables(selected, locale),
                locale, request, response);
    }

    private Map<String, ?> listVariables(RiskCategory selected, Locale locale) {
        Map<String, Object> model = new java.util.HashMap<>();
        List<CountryReport.Summary> countries = reports.summaries();
        List<WorldMaps.Value> values = new ArrayList<>();
        for (CountryReport.Summary c : countries) {
            Double score = c.scores().get(selected.id());
            String level = c.levels().get(selected.id());
            if (score != null && level != null) {
                values.add(new WorldMaps.Value(c.numeric(), score, messages.getMessage("level." + level, null, locale)));
            }
        }
        LevelBands bands = reports.methodology().bands();
        double[] bounds = {0.0, bands.low(), bands.medium(), bands.high(), bands.veryHigh(), 1.0};
        List<WorldMaps.Piece> pieces = new ArrayList<>();
        RiskLevel[] levels = RiskLevel.values();
        for (int i = 0; i < levels.length; i++) {
            pieces.add(new WorldMaps.Piece(bounds[i], bounds[i + 1],
                    messages.getMessage("level." + levels[i].id(), null, locale)));
        }
        model.put("countries", countries);
        model.put("category", selected.id());
        model.put("categories", java.util.Arrays.stream(RiskCategory.values()).map(RiskCategory::id).toList());
        model.put("mapValues", maps.values(values));
        model.put("mapPieces", maps.pieces(pieces));
        model.put("methodology", reports.methodology().ref().toString());
        model.put("countryNames", maps.names(locale));
        return model;
    }

    @GetMapping("/countries/{iso}")
    String country(@PathVariable String iso, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        var country = reports.require(iso);
        String methodology = reports.methodology().ref().toString();
        return rendered.page(model, List.of(country.alpha3(), methodology), VIEW, names.country(country, locale),
                () -> Map.of("country", reports.report(country.alpha3())), locale, request, response);
    }
}
