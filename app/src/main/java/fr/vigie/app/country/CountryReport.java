package fr.vigie.app.country;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.vigie.engine.kernel.Explanation;
import org.jspecify.annotations.Nullable;

/**
 * What the country page and {@code GET /api/countries/{iso}} show of one country under one
 * methodology. Absent numbers are null, never zero.
 *
 * @param methodology the methodology's id and version
 * @param confidence  mean share of the categories' weights that had data (0-1)
 * @param categories  per category id, its score and indicators
 * @param production  the country's share of each mineral's world output per stage (preferred series)
 * @param labourFlags the country's goods on the US DoL list of goods produced by child or forced labour
 * @param cahra       the country on the EU indicative CAHRA list
 * @param conflictYears the UCDP/PRIO years with a state-based armed conflict located in the country
 */
record CountryReport(String iso3, String alpha2, String numeric, Map<String, String> names, String region,
        String subRegion, boolean euMember, String methodology, double confidence,
        Map<String, Category> categories, List<ProductionRow> production,
        @JsonProperty("labour_flags") List<LabourFlag> labourFlags, Cahra cahra,
        @JsonProperty("conflict_years") ConflictYears conflictYears) {

    /**
     * A good of the US DoL list for the country.
     *
     * @param mineral the Vigie mineral the good is mapped to, null when none (diamonds, coal...)
     * @param mineralNames the mineral's names per language, empty when none
     */
    record LabourFlag(String good, @Nullable String mineral, Map<String, String> mineralNames,
            @JsonProperty("child_labour") boolean childLabour, @JsonProperty("forced_labour") boolean forcedLabour,
            @JsonProperty("forced_child_labour") boolean forcedChildLabour, List<String> stages, String source) {
    }

    /** The EU CAHRA list: listed or not, whole country or the designated regions, source and date. */
    record Cahra(boolean listed, @JsonProperty("whole_country") boolean wholeCountry, List<CahraRegion> regions,
            String source, @JsonProperty("as_of") @Nullable String asOf) {
    }

    /** A designated region (ISO 3166-2 code). */
    record CahraRegion(String code, String name, @JsonProperty("conflict_affected") boolean conflictAffected,
            @JsonProperty("high_risk") boolean highRisk) {
    }

    /** Conflict-years, oldest first, and the dataset's last year. */
    record ConflictYears(String source, @JsonProperty("latest_year") int latestYear, List<ConflictYear> years) {
        /** Number of latest years the page shows. */
        static final int SHOWN = 10;

        /** The first year the page shows. */
        public int shownFrom() {
            return latestYear - SHOWN + 1;
        }

        /** The conflict-years the page shows (the latest ten years of the dataset). */
        public List<ConflictYear> shown() {
            return years.stream().filter(y -> y.year() >= shownFrom()).toList();
        }
    }

    /** One conflict-year: number of conflicts and highest intensity (1 minor, 2 war). */
    record ConflictYear(int year, int conflicts, @JsonProperty("max_intensity") int maxIntensity,
            @JsonProperty("conflict_ids") List<String> conflictIds) {
    }

    /**
     * One category.
     *
     * @param score      0-1, null when undetermined
     * @param level      level id, null when undetermined
     * @param coverage   share of the category's weight that had data
     * @param reason     why it is undetermined, null when scored
     * @param aggregation aggregation id of the methodology
     * @param indicators the category's indicators, those without data included
     * @param explanation the engine's explanation node
     */
    record Category(@Nullable Double score, @Nullable String level, double coverage, @Nullable String reason,
            String aggregation, List<IndicatorRow> indicators, Explanation explanation) {
    }

    /**
     * One indicator of a category; the value fields are null when the country has no value.
     *
     * @param weight          the methodology's weight
     * @param effectiveWeight the weight re-normalised over the indicators with data
     * @param contribution    effective weight x normalised value
     */
    record IndicatorRow(String id, Map<String, String> names, boolean missing, @Nullable Double raw,
            @Nullable Integer year, @Nullable String source, @Nullable Double normalised, double weight,
            @Nullable Double effectiveWeight, @Nullable Double contribution) {
    }

    /**
     * The country's part of one mineral's output at one stage.
     *
     * @param rank  1 for the largest producer
     * @param share share of world output (0-1)
     */
    record ProductionRow(String mineral, Map<String, String> names, String stage, int rank, double share,
            int year, String source) {
    }

    /**
     * One line of the countries list.
     *
     * @param levels level id per category, null when undetermined
     * @param scores score per category, null when undetermined
     */
    record Summary(String iso3, String numeric, Map<String, String> names, String region,
            Map<String, @Nullable String> levels, Map<String, @Nullable Double> scores, double confidence) {
    }
}
