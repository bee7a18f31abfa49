package fr.vigie.app.mineral;

import java.util.List;

import fr.vigie.app.knowledge.ReferenceApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/minerals}: the minerals and their risk under the current methodology, as JSON. */
@RestController
@ReferenceApi
@RequestMapping(path = "/api/minerals", produces = "application/json")
@Tag(name = "Minerals", description = "Minerals, value chains, producing countries, concentration and supply risk")
class MineralApi {

    private final MineralReports reports;

    MineralApi(MineralReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Every mineral with its overall level per stage and its gross supply risk")
    List<MineralReports.Summary> list() {
        return reports.summaries();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One mineral: stages, processes, producing countries, HHI, HHI_WGI,t, supply risk,"
            + " with the explanation tree of each number; 404 problem detail for an unknown id")
    MineralReport mineral(@PathVariable String id) {
        return reports.report(id);
    }
}
