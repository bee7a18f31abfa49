package fr.vigie.app.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.vigie.app.knowledge.WorldMaps;
import fr.vigie.engine.risk.LevelBands;
import fr.vigie.engine.risk.RiskCategory;
import fr.vigie.engine.risk.RiskLevel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /countries} (list and map by category) and {@code /countries/{iso}}. */
@Controller
class CountryController {

    static final String LIST_VIEW = "country/list";
    static final String VIEW = "country/country";

    private final CountryReports reports;
    private final WorldMaps maps;
    private final MessageSource messages;

    CountryController(CountryReports reports, WorldMaps maps, MessageSource messages) {
        this.reports = reports;
        this.maps = maps;
        this.messages = messages;
    }

    @GetMapping("/countries")
    String list(@RequestParam(defaultValue = "human_rights") String category, Model model, Locale locale) {
        RiskCategory selected = java.util.Arrays.stream(RiskCategory.values())
                .filter(c -> c.id().equals(category)).findFirst().orElse(RiskCategory.HUMAN_RIGHTS);
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
        model.addAttribute("countries", countries);
        model.addAttribute("category", selected.id());
        model.addAttribute("categories", java.util.Arrays.stream(RiskCategory.values()).map(RiskCategory::id).toList());
        model.addAttribute("mapValues", maps.values(values));
        model.addAttribute("mapPieces", maps.pieces(pieces));
        model.addAttribute("methodology", reports.methodology().ref().toString());
        model.addAttribute("countryNames", maps.names(locale));
        return LIST_VIEW;
    }

    @GetMapping("/countries/{iso}")
    String country(@PathVariable String iso, Model model) {
        model.addAttribute("country", reports.report(iso));
        return VIEW;
    }
}
