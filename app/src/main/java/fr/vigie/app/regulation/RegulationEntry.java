package fr.vigie.app.regulation;

import java.util.Locale;
import java.util.Map;
import java.time.LocalDate;
import java.util.List;

import fr.vigie.engine.regulation.Regulation;
import org.jspecify.annotations.Nullable;

/**
 * One text of the catalogue as the page and {@code GET /api/regulations} show it.
 *
 * @param name          the title in the request's language; {@code names} in every language of the data
 * @param status        status on {@code statusDate}: {@code in_force}, {@code adopted_not_applicable},
 *                      {@code proposed} or {@code voluntary}
 * @param statusDate    the date the status is computed for (today)
 * @param asOf          date the entry was last checked against its sources
 * @param verified      false when some fact could not be checked against a primary source
 * @param nextDate      the first key date after {@code statusDate}, if any
 * @param annexRows     the volume thresholds of an Annex (EU conflict minerals, Swiss DDTrO), each with
 *                      its verification status and, when not verified, the reason
 */
record RegulationEntry(String id, String name, Map<String, String> names, String reference, String jurisdiction,
        boolean voluntary, String status, LocalDate statusDate, @Nullable LocalDate adopted,
        List<Regulation.KeyDate> keyDates, Regulation.@Nullable KeyDate nextDate, List<String> minerals,
        List<String> products, List<Obligation> obligations, String penalties, String source, LocalDate asOf,
        boolean verified, List<String> notes, List<AnnexRow> annexRows) {

    /** One Annex row: part, code as printed, description, threshold in kg, verified or why not. */
    record AnnexRow(String part, String code, String description, java.math.@Nullable BigDecimal thresholdKg,
            boolean verified, String note) {
    }

    /** One obligation; {@code oecdStep} 1 to 5 when it belongs to one of the OECD steps. */
    record Obligation(String id, String text, Map<String, String> texts, @Nullable Integer oecdStep) {
    }

    static RegulationEntry of(Regulation r, LocalDate today, Locale locale) {
        Regulation.KeyDate next = r.keyDates().stream()
                .filter(d -> d.date().isAfter(today))
                .min(java.util.Comparator.comparing(Regulation.KeyDate::date))
                .orElse(null);
        return new RegulationEntry(r.id(), r.name(locale), r.names().byLanguage(), r.reference(locale), r.jurisdiction(), r.voluntary(),
                r.status(today).id(), today, r.adopted().orElse(null),
                r.keyDates().stream().sorted(java.util.Comparator.comparing(Regulation.KeyDate::date)).toList(), next,
                r.minerals().stream().map(m -> m.value()).toList(), r.products(),
                r.obligations().stream().map(o -> new Obligation(o.id(), o.text().in(locale), o.text().byLanguage(), o.oecdStep().orElse(null))).toList(),
                r.penalties(locale), r.source().toString(), r.asOf(), r.verified(), r.notes().stream().map(n -> n.in(locale)).toList(),
                r.importThresholds().stream().map(t -> new AnnexRow(t.part(),
                        (t.ex() ? "ex " : "") + t.cnCode() + (t.taric().isEmpty() ? "" : " (TARIC " + String.join(", ", t.taric()) + ")"),
                        t.description().in(locale), t.thresholdKg().orElse(null), t.verified(), t.note().map(n -> n.in(locale)).orElse(""))).toList());
    }
}
