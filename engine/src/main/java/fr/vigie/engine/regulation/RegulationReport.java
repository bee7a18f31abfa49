package fr.vigie.engine.regulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.regulation.profile.ImportThreshold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders assessments and the catalogue for people (plain text) and programs (records serialised
 * as JSON with snake_case keys), in the language of the given {@link Messages}: texts' names,
 * applicability reasons, obligations, key dates and notes are in that language; {@code names} holds
 * the title in every language the data has. Every text shows its source address and "as of" date.
 */
public final class RegulationReport {
  private RegulationReport() {}

  /**
   * One assessed text, as printed by {@code vigie regulations --json}; {@code binding} is true when
   * the text applies (a voluntary framework is {@code recommended}, never binding).
   */
  public record AssessmentJson(
      String id,
      String name,
      Map<String, String> names,
      String status,
      String outcome,
      @JsonProperty("applies_from") String appliesFrom,
      @JsonProperty("due_on_date") boolean dueOnDate,
      List<String> reasons,
      List<ObligationJson> obligations,
      @JsonProperty("missing_facts") List<String> missingFacts,
      String source,
      @JsonProperty("as_of") String asOf,
      boolean verified,
      boolean binding) {}

  /** One obligation: its text in the reader's language and in every language of the data. */
  public record ObligationJson(
      String id,
      String text,
      Map<String, String> texts,
      @JsonProperty("oecd_step") Integer oecdStep,
      List<String> solutions) {}

  /** One text of the catalogue, as printed by {@code vigie regulations list --json}. */
  public record TextJson(
      String id,
      String name,
      Map<String, String> names,
      String reference,
      String jurisdiction,
      String status,
      String adopted,
      List<String> minerals,
      List<String> products,
      @JsonProperty("key_dates") List<KeyDateJson> keyDates,
      List<RegimeJson> scope,
      List<ObligationJson> obligations,
      String penalties,
      @JsonProperty("import_thresholds") @JsonInclude(JsonInclude.Include.NON_NULL)
          List<ImportRowJson> importThresholds,
      List<String> notes,
      String source,
      @JsonProperty("as_of") String asOf,
      boolean verified) {}

  /** A dated milestone in the reader's language and in every language of the data. */
  public record KeyDateJson(String date, String text, Map<String, String> texts, boolean verified) {}

  /**
   * A version of the scope rules; {@code description} is the data's English label, {@code text} the
   * label in the reader's language and {@code texts} in every language of the data.
   */
  public record RegimeJson(
      String regime,
      String description,
      String text,
      Map<String, String> texts,
      @JsonProperty("in_effect_from") String inEffectFrom,
      boolean verified,
      String source,
      List<TierJson> tiers) {}

  /** A phase of a regime with its thresholds. */
  public record TierJson(
      @JsonProperty("applies_from") String appliesFrom, Map<String, BigDecimal> thresholds) {}

  /** A row of Annex I of the EU conflict minerals regulation; the note in the reader's language. */
  public record ImportRowJson(
      String part,
      @JsonProperty("cn_code") String cnCode,
      List<String> taric,
      String description,
      String material,
      String form,
      @JsonProperty("threshold_kg") BigDecimal thresholdKg,
      boolean verified,
      String note) {}

  /** One record per text: {@code id, name, outcome, applies_from, reasons, obligations, ...}. */
  public static List<AssessmentJson> assessmentsJson(List<RegulationAssessment> list, Messages m) {
    return list.stream()
        .map(
            a -> {
              Regulation t = a.text();
              return new AssessmentJson(
                  t.id(), t.name(m.locale()), t.names().byLanguage(), t.status(a.date()).id(),
                  a.outcome().id(), a.appliesFrom().map(LocalDate::toString).orElse(null),
                  a.dueOnDate(), a.outcome().reasons().stream().map(m::render).toList(),
                  a.obligations().stream().map(o -> obligation(o, m)).toList(),
                  a.outcome() instanceof Applicability.CannotTell c ? c.missingFacts() : List.of(),
                  t.source().toString(), t.asOf().toString(), t.verified(),
                  a.outcome().binding());
            })
        .toList();
  }

  /** The whole catalogue as seen on {@code date}. */
  public static List<TextJson> catalogueJson(List<Regulation> texts, LocalDate date, Messages m) {
    return texts.stream()
        .map(
            t ->
                new TextJson(
                    t.id(), t.name(m.locale()), t.names().byLanguage(), t.reference(m.locale()),
                    t.jurisdiction(), t.status(date).id(),
                    t.adopted().map(LocalDate::toString).orElse(null),
                    t.minerals().stream().map(Object::toString).toList(), t.products(),
                    t.keyDates().stream()
                        .map(k -> new KeyDateJson(k.date().toString(), k.text().in(m.locale()),
                            k.text().byLanguage(), k.verified()))
                        .toList(),
                    t.regimes().stream()
                        .map(r -> new RegimeJson(r.id(), r.label().english(), r.label().in(m.locale()),
                            r.label().byLanguage(), r.inEffectFrom().toString(),
                            r.verified(), r.source().map(Object::toString).orElse(null),
                            r.tiers().stream()
                                .map(tier -> new TierJson(tier.appliesFrom().toString(),
                                    new TreeMap<>(tier.thresholds())))
                                .toList()))
                        .toList(),
                    t.obligations().stream().map(o -> obligation(o, m)).toList(), t.penalties(m.locale()),
                    t.importThresholds().isEmpty()
                        ? null
                        : t.importThresholds().stream()
                            .map(row -> new ImportRowJson(row.part(),
                                (row.ex() ? "ex " : "") + row.cnCode(), row.taric(),
                                row.description().in(m.locale()), row.material().value(), row.form(),
                                row.thresholdKg().orElse(null), row.verified(),
                                row.note().map(n -> n.in(m.locale())).orElse("")))
                            .toList(),
                    t.notes().stream().map(n -> n.in(m.locale())).toList(), t.source().toString(),
                    t.asOf().toString(), t.verified()))
        .toList();
  }

  private static ObligationJson obligation(Regulation.Obligation o, Messages m) {
    return new ObligationJson(o.id(), o.text().in(m.locale()), o.text().byLanguage(),
        o.oecdStep().orElse(null), o.solutions());
  }

  /**
   * Plain-text report of assessments: headings, labels, the texts' names, the applicability reasons
   * and the obligations in the language of {@code m} (dates stay ISO, as the rest of the command
   * line prints them).
   */
  public static String assessmentsText(
      String company, LocalDate date, List<RegulationAssessment> list, Messages m) {
    StringBuilder sb = new StringBuilder();
    sb.append(label(m, "heading", company, date.toString())).append("\n");
    int applies = 0;
    int not = 0;
    int cannot = 0;
    int recommended = 0;
    for (RegulationAssessment a : list) {
      Regulation t = a.text();
      String head =
          switch (a.outcome()) {
            case Applicability.Applies ap -> {
              applies++;
              yield label(m, a.dueOnDate() ? "applies_since" : "applies_from", ap.from().toString());
            }
            case Applicability.DoesNotApply d -> {
              not++;
              yield label(m, "does_not_apply");
            }
            case Applicability.CannotTell c -> {
              cannot++;
              yield label(m, "cannot_tell");
            }
            case Applicability.Recommended r -> {
              recommended++;
              yield label(m, "recommended_since", r.since().toString());
            }
          };
      sb.append("\n").append(t.id()).append(": ").append(t.name(m.locale())).append("\n");
      sb.append("  ").append(head).append("  (").append(t.reference(m.locale())).append("; ")
          .append(t.jurisdiction()).append("; ")
          .append(label(m, "status_on", date.toString(), label(m, "status." + t.status(date).id())))
          .append(")\n");
      a.outcome().reasons().forEach(r -> sb.append("  - ").append(m.render(r)).append("\n"));
      if (a.outcome() instanceof Applicability.CannotTell c && !c.missingFacts().isEmpty()) {
        sb.append("  ").append(label(m, "missing_facts", String.join(", ", c.missingFacts()))).append("\n");
      }
      if (!a.obligations().isEmpty()) {
        sb.append("  ").append(label(m, "obligations")).append("\n");
        for (Regulation.Obligation o : a.obligations()) {
          sb.append("    * ").append(o.id())
              .append(o.oecdStep().map(s -> " " + label(m, "oecd_step", String.valueOf(s))).orElse(""))
              .append(": ").append(o.text().in(m.locale())).append("\n");
        }
      }
      sb.append("  ").append(label(m, t.verified() ? "source" : "source_unverified", t.source(),
          t.asOf().toString())).append("\n");
    }
    sb.append("\n").append(label(m, "totals", String.valueOf(applies), String.valueOf(not),
        String.valueOf(cannot), String.valueOf(recommended))).append("\n");
    return sb.toString();
  }

  /** A label of the plain-text report ({@code regulation.report.<key>}) in the language of {@code m}. */
  private static String label(Messages m, String key, Object... args) {
    return m.render(Text.of("regulation.report." + key, args));
  }

  /**
   * Plain-text catalogue: headings, labels, the texts' names, citations, statuses, minerals, key
   * dates, scope versions and Annex I rows in the language of {@code m} (dates stay ISO).
   */
  public static String catalogueText(List<Regulation> texts, LocalDate date, Messages m) {
    StringBuilder sb = new StringBuilder();
    sb.append(label(m, "catalogue.heading", texts.size(), date.toString())).append("\n");
    for (Regulation t : texts) {
      sb.append("\n").append(t.id()).append(": ").append(t.name(m.locale())).append("\n");
      sb.append("  ").append(t.reference(m.locale())).append("; ").append(t.jurisdiction()).append("; ")
          .append(label(m, "catalogue.status", label(m, "status." + t.status(date).id()))).append("\n");
      if (!t.minerals().isEmpty()) {
        sb.append("  ").append(label(m, "catalogue.minerals", String.join(", ",
            t.minerals().stream().map(id -> m.render(Term.of("mineral", id.value()))).toList()))).append("\n");
      }
      for (Regulation.KeyDate k : t.keyDates()) {
        sb.append("  ").append(k.date()).append("  ").append(k.text().in(m.locale()))
            .append(k.verified() ? "" : " " + label(m, "catalogue.not_verified")).append("\n");
      }
      t.regimeAt(date)
          .ifPresent(
              r -> {
                sb.append("  ").append(label(m, "catalogue.rules_in_effect", r.label().in(m.locale()),
                    r.inEffectFrom().toString())).append("\n");
                for (ScopeRegime.Tier tier : r.tiers()) {
                  sb.append("    ").append(label(m, "catalogue.from", tier.appliesFrom().toString()));
                  new TreeMap<>(tier.thresholds())
                      .forEach((k, v) -> sb.append("  ").append(k).append("=").append(plain(v)));
                  sb.append("\n");
                }
              });
      for (ImportThreshold row : t.importThresholds()) {
        sb.append("    ").append(label(m, "catalogue.annex_row", row.part())).append("  ")
            .append(row.ex() ? "ex " : "").append(row.cnCode()).append("  ")
            .append(row.description().in(m.locale())).append(": ")
            .append(row.thresholdKg().map(v -> m.render(Check.Unit.KG.format(v).text()))
                .orElse(label(m, "catalogue.no_figure")))
            .append(row.verified() ? "" : " " + label(m, "catalogue.not_verified"))
            .append(row.note().map(n -> "; " + n.in(m.locale())).orElse("")).append("\n");
      }
      sb.append("  ").append(label(m, t.verified() ? "catalogue.footer" : "catalogue.footer_unverified",
          t.obligations().size(), t.source().toString(), t.asOf().toString())).append("\n");
    }
    return sb.toString();
  }

  private static String plain(BigDecimal v) {
    return v.toPlainString();
  }
}
