package fr.vigie.app.country;

import java.util.List;

import fr.vigie.app.knowledge.ReferenceApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/countries}: country risk under the current methodology, as JSON. */
@RestController
@ReferenceApi
@RequestMapping(path = "/api/countries", produces = "application/json")
@Tag(name = "Countries", description = "Country risk per category, indicators, production shares")
class CountryApi {

    private final CountryReports reports;

    CountryApi(CountryReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Every country with its score and level per category")
    List<CountryReport.Summary> list() {
        return reports.summaries();
    }

    @GetMapping("/{iso}")
    @Operation(summary = "One country by ISO alpha-3 or alpha-2 code: indicators with contributions, missing"
            + " data, production shares; 404 problem detail for an unknown code")
    CountryReport country(@PathVariable String iso) {
        return reports.report(iso);
    }
}
