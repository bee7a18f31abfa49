package fr.vigie.engine.assessment;

import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The texts of the assessment as message keys with their arguments (bundle {@code
 * fr/vigie/engine/i18n/assessment}); they are rendered in the reader's language, never here. Ids
 * (texts, countries, data sources) are arguments shown as they are; minerals are terms named from
 * the reference data.
 */
final class Phrases {
  private Phrases() {}

  /** A mineral, named in the reader's language. */
  static Term mineral(String id) {
    return Term.of("mineral", id);
  }

  /** A mass: {@code 42,000 kg}, {@code 2.50 kg}. */
  static Text kg(double v) {
    return Text.of(v >= 10 ? "assessment.kg" : "assessment.kg.small", v);
  }

  /** A change of a score: {@code +0.12}, or {@code unchanged} below 0.005. */
  static Text delta(double d) {
    return Math.abs(d) < 0.005 ? Text.of("assessment.delta.unchanged") : Text.of("assessment.delta", d);
  }

  static Text stage(Stage s) {
    return Text.of("assessment.stage." + s.id());
  }

  static Text outcome(String id) {
    return Text.of("assessment.outcome." + id);
  }

  /** {@code a, b, c} from texts or ids; the empty list is not allowed. */
  static Object list(List<?> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("an empty list has no text");
    }
    Object out = items.getFirst();
    for (int i = 1; i < items.size(); i++) {
      out = Text.of("assessment.list", out, items.get(i));
    }
    return out;
  }

  /** {@code COD 70%}. */
  /**
   * A country's share, the country named in the reader's language (the rest of the world included);
   * a share above zero and under 1 % is {@code < 1 %}, never {@code 0 %} (as {@link
   * fr.vigie.engine.assessment.report.CountryShares} shows them).
   */
  static Text share(String country, double share) {
    Term name = Term.of("country", country);
    return share > 0 && share < 0.01 ? Text.of("assessment.share_below", name, 0.01)
        : Text.of("assessment.share", name, share);
  }

  // ---------------------------------------------------------------- ranking reasons

  /** {@code rank 1 of 3: priority score 0.71 (next: cobalt 0.55)}. */
  static Text rank(int rank, int of, double score, Optional<String> next, double nextScore) {
    return next.map(n -> Text.of("assessment.reason.rank.next", rank, of, score, mineral(n), nextScore))
        .orElse(Text.of("assessment.reason.rank", rank, of, score));
  }

  static Text volume(double massKg, double shareOfLargest, double contribution) {
    return Text.of("assessment.reason.volume", kg(massKg), shareOfLargest, contribution);
  }

  /** {@code high human rights risk at extraction}. */
  static Text riskAt(RiskLevel level, RiskCategory category, Stage stage) {
    return Text.of("assessment.risk_at", Text.of("assessment.level." + level.id()),
        Text.of("assessment.category." + category.id()), stage(stage));
  }

  static Text risk(Text riskAt, double score, Text basis, double exposure, double contribution) {
    return Text.of("assessment.reason.risk", riskAt, score, basis, exposure, contribution);
  }

  static Text noRisk(String material, double contribution) {
    return Text.of("assessment.reason.no_risk", mineral(material), contribution);
  }

  /** {@code concentration: world extraction HHI 0.35 (COD 70%, ...)}. */
  static Text concentration(Stage stage, double hhi, List<String> countries, List<Double> shares,
      double contribution) {
    List<Text> parts = new java.util.ArrayList<>();
    for (int i = 0; i < countries.size(); i++) {
      parts.add(share(countries.get(i), shares.get(i)));
    }
    return Text.of("assessment.reason.concentration", stage(stage), hhi, list(parts), contribution);
  }

  static Text noConcentration(double contribution) {
    return Text.of("assessment.reason.no_concentration", contribution);
  }

  static Text noRegulation(String material, double contribution) {
    return Text.of("assessment.reason.no_regulation", mineral(material), contribution);
  }

  /** {@code regulation: 2 text(s) that apply or may apply name cobalt: eu_batteries (applies), ...}. */
  static Text regulation(String material, List<String> ids, List<String> outcomes, double contribution) {
    List<Text> parts = new java.util.ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      parts.add(Text.of("assessment.text_outcome", ids.get(i), outcome(outcomes.get(i))));
    }
    return Text.of("assessment.reason.regulation", ids.size(), mineral(material), list(parts), contribution);
  }

  static Text traceability(double origin, double refiner, double recycled, double contribution) {
    return recycled > 0
        ? Text.of("assessment.reason.traceability.recycled", origin, refiner, recycled, contribution)
        : Text.of("assessment.reason.traceability", origin, refiner, contribution);
  }

  static Text component(String id, double value, double contribution) {
    return Text.of("assessment.reason.component", id, value, contribution);
  }

  // ---------------------------------------------------------------- exposure basis

  static Text ledgerCountries() {
    return Text.of("assessment.basis.ledger_countries");
  }

  static Text recycledMass() {
    return Text.of("assessment.basis.recycled_mass");
  }

  static Text unknownCountry(double unknownShare, Text basis) {
    return Text.of("assessment.basis.unknown_country", unknownShare, basis);
  }

  static Text declaredSmelters(int files, String source) {
    return Text.of("assessment.basis.declared_smelters", files, source);
  }

  /** The source of a world production mix: {@code usgs-mcs-2025 2024 mine production}. */
  /**
   * A production series of the reference data: its source, year and label, the label named in the
   * reader's language (term {@code production_series}).
   */
  public static Text series(String source, int year, String series) {
    return Text.of("assessment.basis.series", source, String.valueOf(year),
        Term.of(fr.vigie.engine.refdata.ReferenceData.PRODUCTION_SERIES, series));
  }

  static Object productionSeries(boolean proxy, Object series) {
    return proxy ? Text.of("assessment.basis.proxy", series) : series;
  }

  static Text worldMix(Object series) {
    return Text.of("assessment.basis.world_mix", series);
  }

  static Text noProductionData() {
    return Text.of("assessment.basis.no_production_data");
  }

  static Text ledgerOnly() {
    return Text.of("assessment.basis.ledger_only");
  }

  static Text recycling() {
    return Text.of("assessment.basis.recycling");
  }

  /** The basis of the recycling stage: the share of the recycled mass with a recovery country. */
  static Text recyclingRecovery(double knownShare) {
    return Text.of("assessment.basis.recycling_recovery", knownShare);
  }

  // ---------------------------------------------------------------- recommendations and roadmap

  static Text addresses(Text riskAt, double score) {
    return Text.of("assessment.why.addresses", riskAt, score);
  }

  static Text obligationApplies(String text, LocalDate from, boolean ahead) {
    return Text.of(ahead ? "assessment.why.applies_from" : "assessment.why.applies_since", regulation(text), from);
  }

  static Text obligationMayApply(String text, List<String> missingFacts) {
    return Text.of("assessment.why.may_apply", regulation(text), String.join(", ", missingFacts));
  }

  static Text obligation(String text) {
    return Text.of("assessment.why.obligation", regulation(text));
  }

  /** A text of the regulation catalogue, named by its title in the reader's language. */
  private static Term regulation(String id) {
    return Term.of(fr.vigie.engine.regulation.Regulation.KIND, id);
  }

  /** The roadmap's justification with its scope: {@code ... [filiere cobalt, rank 1]} or {@code ... [company-wide]}. */
  static Text scoped(Text justification, String material, int rank) {
    return rank > 0
        ? Text.of("assessment.scope.filiere", justification, mineral(material), rank)
        : Text.of("assessment.scope.company", justification);
  }

  /** A text given in English and French by a package that has no keys for it yet, or stored so. */
  static Text stored(String english, String french) {
    return Text.of("assessment.stored", english, french == null ? english : french);
  }
}
