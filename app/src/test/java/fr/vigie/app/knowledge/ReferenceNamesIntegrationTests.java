package fr.vigie.app.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.engine.FrenchTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data's own English labels that pages show (production series, formulas and WGI years of the
 * explanation trees, the reference-data lines of an assessment) named in the reader's language.
 */
@VigieIntegrationTest
class ReferenceNamesIntegrationTests {

    @Autowired
    ReferenceNames names;

    @Test
    void aProductionSeriesIsNamedFromTheSeriesNamesFile() {
        // production-series-names.csv: "mine production (estimated)" -> "production minière estimée"
        assertThat(names.series("mine production (estimated)", Locale.FRENCH)).isEqualTo("production minière estimée");
        assertThat(names.series("refining", Locale.FRENCH)).isEqualTo("affinage");
        assertThat(names.series("mine production (estimated)", Locale.ENGLISH)).isEqualTo("mine production (estimated)");
        // a label the file does not name is shown as given
        assertThat(names.series("a series of no file", Locale.FRENCH)).isEqualTo("a series of no file");
    }

    @Test
    void theFormulasAndWgiYearsOfTheExplanationsAreInTheReadersLanguage() {
        assertThat(names.formula("sum share^2 x WGI_scaled x t", Locale.FRENCH)).isEqualTo("somme de part^2 x WGI (0-10) x t");
        assertThat(names.formula("sum share^2 x WGI_scaled x t", Locale.ENGLISH)).isEqualTo("sum share^2 x WGI_scaled x t");
        assertThat(names.formula("latest per country", Locale.FRENCH)).isEqualTo("la plus récente de chaque pays");
        // a methodology fixing the WGI year 2023 (RiskEngine.SupplyRisk): the year kept, the rule translated
        String fixed = "2023 (nearest earlier year where a country has none, else earliest later year)";
        assertThat(names.formula(fixed, Locale.FRENCH)).isEqualTo("2023 (pour un pays sans valeur cette année-là, "
                + "l'année antérieure la plus proche, sinon la première année postérieure)");
        assertThat(names.formula(fixed, Locale.ENGLISH)).isEqualTo(fixed);
    }

    @Test
    void theReferenceDataLinesOfAnAssessmentAreInTheReadersLanguage() {
        String production = "production cobalt extraction: usgs-mcs-2025 2024 mine production (estimated)";
        String french = names.dataLine(production, Locale.FRENCH);
        // report.data.production with the mineral, the stage and assessment.basis.series in French
        assertThat(french).isEqualTo("Production mondiale, Cobalt, Extraction : production minière estimée, "
                + "source usgs-mcs-2025, année 2024");
        assertThat(names.dataLine(production, Locale.ENGLISH))
                .isEqualTo("World production of Cobalt, Extraction: usgs-mcs-2025 2024 mine production (estimated)");
        assertThat(names.dataLine("solutions 2026-10-01", Locale.FRENCH)).isEqualTo("Catalogue des solutions à jour au 2026-10-01");
        assertThat(names.dataLine("solutions 2026-10-01", Locale.ENGLISH)).isEqualTo("Solutions catalogue as of 2026-10-01");
        assertThat(FrenchTexts.englishLines(List.of(french), Set.of())).isEmpty();
        // a line of another form is shown as it is
        assertThat(names.dataLine("something else", Locale.FRENCH)).isEqualTo("something else");
    }
}
