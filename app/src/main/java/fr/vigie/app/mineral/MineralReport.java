package fr.vigie.app.mineral;

import java.util.List;
import java.util.Map;

import fr.vigie.engine.kernel.Explanation;
import org.jspecify.annotations.Nullable;

/**
 * Everything the mineral page and {@code GET /api/minerals/{id}} show of one mineral under one
 * methodology. Category maps are keyed by category id ({@code environmental}, {@code human_rights},
 * {@code socio_economic_political}); absent numbers are null (never zero).
 *
 * @param id                mineral id
 * @param names             name per language code
 * @param symbol            symbol or abbreviation
 * @param euCritical        on the EU critical raw materials list
 * @param euStrategic       on the EU strategic raw materials list
 * @param uses              main uses per language code
 * @param methodology       the methodology's id and version
 * @param stages            extraction, pre-treatment and refining, where data exists
 * @param grossSupplyRisk   the higher stage HHI_WGI,t (EU method without import reliance,
 *                          recycling and substitution), null without production data
 * @param supplyExplanation how the gross supply risk was computed
 */
record MineralReport(String id, Map<String, String> names, String symbol, boolean euCritical, boolean euStrategic,
        Map<String, List<String>> uses, String methodology, List<StageReport> stages,
        @Nullable Double grossSupplyRisk, Explanation supplyExplanation) {

    /**
     * One stage.
     *
     * @param stage          stage id
     * @param sharesBasis    where the country shares come from (source, year, series)
     * @param source         catalog id of the production source, null without shares
     * @param year           year of the production figures, 0 without
     * @param series         what the series measures
     * @param unit           unit of the production values
     * @param otherShare     share not attributed to a listed country
     * @param hhi            Herfindahl-Hirschman index of the shares (0-1)
     * @param hhiExplanation the shares it was computed from
     * @param hhiWgi         HHI_WGI,t (extraction and refining only)
     * @param hhiWgiExplanation each country's term
     * @param risk           stage risk per category
     * @param overallLevel   level id of the highest category, null when none
     * @param processes      the processes used at this stage
     * @param countries      producing countries, largest first
     * @param explanation    the engine's explanation tree of the stage risk
     */
    record StageReport(String stage, String sharesBasis, @Nullable String source, int year, @Nullable String series,
            @Nullable String unit, double otherShare, @Nullable Double hhi, @Nullable Explanation hhiExplanation,
            @Nullable Double hhiWgi, @Nullable Explanation hhiWgiExplanation, Map<String, CategoryRisk> risk,
            @Nullable String overallLevel, List<ProcessReport> processes, List<CountryRow> countries,
            Explanation explanation) {
    }

    /**
     * Stage risk of one category.
     *
     * @param score        combined stage risk (0-1)
     * @param level        its level id
     * @param processRisk  share-weighted process risk
     * @param countryRisk  production-weighted country risk
     * @param coverage     share of the output whose country has a score
     * @param explanation  the category's explanation node
     */
    record CategoryRisk(@Nullable Double score, @Nullable String level, @Nullable Double processRisk,
            @Nullable Double countryRisk, @Nullable Double coverage, @Nullable Explanation explanation) {
    }

    /**
     * A process used at the stage.
     *
     * @param share  typical share of the stage's supply, null when unknown
     * @param risk   process risk per category (0-1), null where it has no factor
     * @param levels level id per category
     * @param factors its graded risk factors
     */
    record ProcessReport(String id, Map<String, String> names, @Nullable Double share, String note, Map<String, String> notes, String source,
            Map<String, @Nullable Double> risk, Map<String, @Nullable String> levels, List<Factor> factors) {
    }

    /**
     * A graded risk factor of a process.
     *
     * @param source catalog id of the published source, or {@code judgement} where none states the level
     * @param reference where in the source (chapter, annex, DOI); empty for a judgement
     * @param judgement whether no published source states the level
     */
    record Factor(String id, String category, String level, String justification, String source, String reference,
            boolean judgement) {
    }

    /**
     * A producing country.
     *
     * @param numeric ISO numeric code (three digits, as on the map)
     * @param share   share of world output (0-1)
     * @param value   output in the series' unit, when the source gives it
     * @param score   country risk per category (0-1), null when undetermined
     * @param levels  level id per category, null when undetermined
     */
    record CountryRow(String iso3, String numeric, Map<String, String> names, double share, @Nullable Double value,
            Map<String, @Nullable Double> score, Map<String, @Nullable String> levels) {
    }
}
