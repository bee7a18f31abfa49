package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.profile.ImportThreshold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders assessments and the catalogue for people (plain text) and programs (JSON-ready trees of
 * maps and lists with snake_case keys). Every text shows its source address and "as of" date.
 */
public final class RegulationReport {
  private RegulationReport() {}

  /** One JSON object per text: {@code id, outcome, applies_from, reasons, obligations, ...}. */
  public static List<Map<String, Object>> assessmentsTree(List<RegulationAssessment> list) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RegulationAssessment a : list) {
      Map<String, Object> m = new LinkedHashMap<>();
      Regulation t = a.text();
      m.put("id", t.id());
      m.put("name_en", t.nameEn());
      m.put("name_fr", t.nameFr());
      m.put("status", t.status(a.date()).id());
      m.put("outcome", a.outcome().id());
      m.put("applies_from", a.appliesFrom().map(LocalDate::toString).orElse(null));
      m.put("due_on_date", a.dueOnDate());
      m.put("reasons", a.outcome().reasons());
      m.put("reasons_fr", a.outcome().reasonsFr());
      m.put("obligations", a.obligations().stream().map(RegulationReport::obligation).toList());
      m.put(
          "missing_facts",
          a.outcome() instanceof Applicability.CannotTell c ? c.missingFacts() : List.of());
      m.put("source", t.source().toString());
      m.put("as_of", t.asOf().toString());
      m.put("verified", t.verified());
      out.add(m);
    }
    return out;
  }

  /** The whole catalogue as seen on {@code date}. */
  public static List<Map<String, Object>> catalogueTree(List<Regulation> texts, LocalDate date) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Regulation t : texts) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", t.id());
      m.put("name_en", t.nameEn());
      m.put("name_fr", t.nameFr());
      m.put("reference", t.reference());
      m.put("jurisdiction", t.jurisdiction());
      m.put("status", t.status(date).id());
      m.put("adopted", t.adopted().map(LocalDate::toString).orElse(null));
      m.put("minerals", t.minerals().stream().map(Object::toString).toList());
      m.put("products", t.products());
      List<Map<String, Object>> dates = new ArrayList<>();
      for (Regulation.KeyDate k : t.keyDates()) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("date", k.date().toString());
        d.put("en", k.en());
        d.put("fr", k.fr());
        d.put("verified", k.verified());
        dates.add(d);
      }
      m.put("key_dates", dates);
      List<Map<String, Object>> regimes = new ArrayList<>();
      for (ScopeRegime r : t.regimes()) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("regime", r.id());
        rm.put("en", r.en());
        rm.put("in_effect_from", r.inEffectFrom().toString());
        rm.put("verified", r.verified());
        rm.put("source", r.source().map(Object::toString).orElse(null));
        List<Map<String, Object>> tiers = new ArrayList<>();
        for (ScopeRegime.Tier tier : r.tiers()) {
          Map<String, Object> tm = new LinkedHashMap<>();
          tm.put("applies_from", tier.appliesFrom().toString());
          tm.put("thresholds", new TreeMap<>(tier.thresholds()));
          tiers.add(tm);
        }
        rm.put("tiers", tiers);
        regimes.add(rm);
      }
      m.put("scope", regimes);
      m.put("obligations", t.obligations().stream().map(RegulationReport::obligation).toList());
      m.put("penalties", t.penalties());
      if (!t.importThresholds().isEmpty()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ImportThreshold row : t.importThresholds()) {
          Map<String, Object> rm = new LinkedHashMap<>();
          rm.put("part", row.part());
          rm.put("cn_code", (row.ex() ? "ex " : "") + row.cnCode());
          rm.put("taric", row.taric());
          rm.put("description", row.description());
          rm.put("material", row.material().value());
          rm.put("form", row.form());
          rm.put("threshold_kg", row.thresholdKg().orElse(null));
          rm.put("verified", row.verified());
          rm.put("note", row.note());
          rows.add(rm);
        }
        m.put("import_thresholds", rows);
      }
      m.put("notes", t.notes());
      m.put("source", t.source().toString());
      m.put("as_of", t.asOf().toString());
      m.put("verified", t.verified());
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> obligation(Regulation.Obligation o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.id());
    m.put("en", o.en());
    m.put("fr", o.fr());
    m.put("oecd_step", o.oecdStep().orElse(null));
    m.put("solutions", o.solutions());
    return m;
  }

  /** Plain-text report of assessments, in English. */
  public static String assessmentsText(String company, LocalDate date, List<RegulationAssessment> list) {
    return assessmentsText(company, date, list, false);
  }

  /**
   * Plain-text report of assessments; with {@code french}, the texts' names, the applicability
   * reasons and the obligations are in French (headings and labels stay in English).
   */
  public static String assessmentsText(
      String company, LocalDate date, List<RegulationAssessment> list, boolean french) {
    StringBuilder sb = new StringBuilder();
    sb.append("Regulations for ").append(company).append(" on ").append(date).append("\n");
    int applies = 0;
    int not = 0;
    int cannot = 0;
    for (RegulationAssessment a : list) {
      Regulation t = a.text();
      String head =
          switch (a.outcome()) {
            case Applicability.Applies ap -> {
              applies++;
              yield "APPLIES " + (a.dueOnDate() ? "since " : "from ") + ap.from();
            }
            case Applicability.DoesNotApply d -> {
              not++;
              yield "DOES NOT APPLY";
            }
            case Applicability.CannotTell c -> {
              cannot++;
              yield "CANNOT TELL";
            }
          };
      sb.append("\n").append(t.id()).append(": ").append(french ? t.nameFr() : t.nameEn())
          .append("\n");
      sb.append("  ").append(head).append("  (").append(t.reference()).append("; ")
          .append(t.jurisdiction()).append("; status on ").append(date).append(": ")
          .append(t.status(date).id().replace('_', ' ')).append(")\n");
      for (String r : a.outcome().reasons(french)) {
        sb.append("  - ").append(r).append("\n");
      }
      if (a.outcome() instanceof Applicability.CannotTell c && !c.missingFacts().isEmpty()) {
        sb.append("  missing facts: ").append(String.join(", ", c.missingFacts())).append("\n");
      }
      if (!a.obligations().isEmpty()) {
        sb.append("  obligations:\n");
        for (Regulation.Obligation o : a.obligations()) {
          sb.append("    * ").append(o.id())
              .append(o.oecdStep().map(s -> " [OECD step " + s + "]").orElse(""))
              .append(": ").append(french ? o.fr() : o.en()).append("\n");
        }
      }
      sb.append("  source: ").append(t.source()).append(" (as of ").append(t.asOf())
          .append(t.verified() ? "" : "; some facts not verified, see notes").append(")\n");
    }
    sb.append("\n").append(applies).append(" apply, ").append(not).append(" do not apply, ")
        .append(cannot).append(" cannot tell\n");
    return sb.toString();
  }

  /** Plain-text catalogue. */
  public static String catalogueText(List<Regulation> texts, LocalDate date) {
    StringBuilder sb = new StringBuilder();
    sb.append("Regulatory knowledge base (").append(texts.size()).append(" texts), status on ")
        .append(date).append("\n");
    for (Regulation t : texts) {
      sb.append("\n").append(t.id()).append(": ").append(t.nameEn()).append("\n");
      sb.append("  ").append(t.nameFr()).append("\n");
      sb.append("  ").append(t.reference()).append("; ").append(t.jurisdiction())
          .append("; status: ").append(t.status(date).id().replace('_', ' ')).append("\n");
      if (!t.minerals().isEmpty()) {
        sb.append("  minerals: ")
            .append(String.join(", ", t.minerals().stream().map(Object::toString).toList()))
            .append("\n");
      }
      for (Regulation.KeyDate k : t.keyDates()) {
        sb.append("  ").append(k.date()).append("  ").append(k.en())
            .append(k.verified() ? "" : " (not verified)").append("\n");
      }
      t.regimeAt(date)
          .ifPresent(
              r -> {
                sb.append("  rules in effect: ").append(r.en()).append(" (since ")
                    .append(r.inEffectFrom()).append(")\n");
                for (ScopeRegime.Tier tier : r.tiers()) {
                  sb.append("    from ").append(tier.appliesFrom());
                  new TreeMap<>(tier.thresholds())
                      .forEach((k, v) -> sb.append("  ").append(k).append("=").append(plain(v)));
                  sb.append("\n");
                }
              });
      for (ImportThreshold row : t.importThresholds()) {
        sb.append("    Annex I ").append(row.part()).append("  ").append(row.ex() ? "ex " : "")
            .append(row.cnCode()).append("  ").append(row.description()).append(": ")
            .append(row.thresholdKg().map(v -> Check.Unit.KG.format(v).en()).orElse("no figure"))
            .append(row.verified() ? "" : " (not verified)")
            .append(row.note().isEmpty() ? "" : "; " + row.note()).append("\n");
      }
      sb.append("  obligations: ").append(t.obligations().size()).append("; source: ")
          .append(t.source()).append(" (as of ").append(t.asOf())
          .append(t.verified() ? "" : "; some facts not verified").append(")\n");
    }
    return sb.toString();
  }

  private static String plain(BigDecimal v) {
    return v.toPlainString();
  }
}
