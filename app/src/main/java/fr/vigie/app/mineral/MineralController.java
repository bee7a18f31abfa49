package fr.vigie.app.mineral;

import java.util.Locale;

import fr.vigie.app.knowledge.WorldMaps;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /minerals} and {@code /minerals/{id}}. */
@Controller
class MineralController {

    static final String LIST_VIEW = "mineral/list";
    static final String VIEW = "mineral/mineral";

    private final MineralReports reports;
    private final WorldMaps maps;

    MineralController(MineralReports reports, WorldMaps maps) {
        this.reports = reports;
        this.maps = maps;
    }

    @GetMapping("/minerals")
    String list(Model model) {
        model.addAttribute("minerals", reports.summaries());
        return LIST_VIEW;
    }

    @GetMapping("/minerals/{id}")
    String mineral(@PathVariable String id, Model model, Locale locale) {
        MineralReport report = reports.report(id);
        model.addAttribute("mineral", report);
        model.addAttribute("mapValues", report.stages().stream()
                .filter(s -> !s.stage().equals("pre_treatment") && !s.countries().isEmpty())
                .map(s -> new StageMap(s.stage(), maps.values(s.countries().stream()
                        .filter(c -> !c.numeric().isEmpty())
                        .map(c -> new WorldMaps.Value(c.numeric(), c.share())).toList())))
                .toList());
        model.addAttribute("countryNames", maps.names(locale));
        return VIEW;
    }

    /** The map of one stage: its id and its values as JSON. */
    record StageMap(String stage, String values) {
    }

}
