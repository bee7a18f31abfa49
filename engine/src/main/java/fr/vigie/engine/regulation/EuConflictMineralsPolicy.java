package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.Check.Unit;
import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.EuImport;
import fr.vigie.engine.regulation.profile.ImportThreshold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Regulation (EU) 2017/821 (conflict minerals): a Union importer is bound when its annual import
 * volume of one Annex I row (a CN code of tin, tantalum, tungsten or gold ores, concentrates or
 * metals) reaches that row's threshold (Article 1(3) and Annex I).
 *
 * <p>Import lines are matched to rows by CN or TARIC code, or by material and form. A line that
 * names exactly one row adds its volume to that row. A line that may belong to several rows (a
 * 4- or 6-digit code, an "ex" code without its TARIC subdivision, a material without a form) is
 * decided when every row it may belong to gives the same answer; only when the rows disagree, or
 * when the line may also fall outside the Annex while the rows would bind, does it give "cannot
 * tell", naming the rows and their thresholds.
 */
final class EuConflictMineralsPolicy extends TierPolicy {
  public EuConflictMineralsPolicy() {
    super("eu-conflict-minerals");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    if (p.euImports().isEmpty()) {
      return Check.unknown(
          Reason.of("regulation.reason.eu_conflict_minerals.eu_imports_not_given_annex"),
          "eu_imports");
    }
    return importVolumes(text, p.euImports().get());
  }

  /**
   * The import lines against the text's volume thresholds (the EU Annex I, or the Swiss DDTrO
   * Annex 1, which has the same shape): met when one row's yearly volume reaches its threshold.
   */
  static Check importVolumes(Regulation text, List<EuImport> lines) {
    List<ImportThreshold> annex = text.importThresholds();
    Map<ImportThreshold, BigDecimal> volumes = new LinkedHashMap<>();
    List<Map.Entry<EuImport, Match>> uncertain = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    for (EuImport line : lines) {
      Match match = rows(annex, text.wholeCodes(), line);
      if (match.rows().isEmpty()) {
        outside.add(line.label());
      } else if (match.rows().size() == 1 && !match.mayBeOutside()) {
        volumes.merge(match.rows().get(0), line.kgPerYear(), BigDecimal::add);
      } else {
        uncertain.add(Map.entry(line, match));
      }
    }
    List<Check> checks = new ArrayList<>();
    for (Map.Entry<ImportThreshold, BigDecimal> e : volumes.entrySet()) {
      checks.add(rowCheck(text, e.getKey(), e.getValue()));
    }
    for (Map.Entry<EuImport, Match> u : uncertain) {
      checks.add(uncertainCheck(text, u.getKey(), u.getValue(), volumes));
    }
    if (checks.isEmpty()) {
      Reason none = Reason.of("regulation.reason.eu_conflict_minerals.no_import_of_an_annex");
      return Check.notMet(
          outside.isEmpty()
              ? none
              : none.plus(Reason.of("regulation.reason.eu_conflict_minerals.not_in_annex_i",
                  String.join(", ", outside))));
    }
    return Check.any(checks);
  }

  /** The row's volume against its threshold: "6,000 kg per year of tin ores ... >= 5,000 kg". */
  private static Check rowCheck(Regulation text, ImportThreshold row, BigDecimal kg) {
    Reason what = rowName(text, row);
    if (row.thresholdKg().isEmpty()) {
      return Check.unknown(
          Reason.of("regulation.reason.eu_conflict_minerals.no_volume_threshold_in_the",
              Unit.KG.format(kg), what, note(text, row)));
    }
    Check c = Check.atLeast(what, Optional.of(kg), row.thresholdKg().get(), Unit.KG, "eu_imports");
    return row.verified() ? c : unverified(text, c, row);
  }

  private static Check unverified(Regulation text, Check c, ImportThreshold row) {
    List<Reason> s = new ArrayList<>();
    for (Reason r : c.sentences()) {
      s.add(r.plus(Reason.of("regulation.reason.eu_conflict_minerals.threshold_not_verified_because",
          note(text, row))));
    }
    return new Check(c.verdict(), s, c.missing());
  }

  /** The row's note as a term named in the reader's language (empty when the row has none). */
  private static Object note(Regulation text, ImportThreshold row) {
    return row.note().isEmpty() ? "" : text.annexNote(text.importThresholds().indexOf(row));
  }

  private static Reason rowName(Regulation text, ImportThreshold row) {
    return Reason.of("regulation.reason.eu_conflict_minerals.per_year_of_annex_i",
        text.annexRow(text.importThresholds().indexOf(row)), row.ex() ? "ex " : "", code(row),
        row.part());
  }

  /** The row's code as printed, with its TARIC subdivision when the Annex gives one. */
  private static String code(ImportThreshold row) {
    return row.taric().isEmpty()
        ? row.cnCode()
        : row.cnCode() + " " + row.taric().get(0).substring(8);
  }

  /**
   * A line that may belong to several rows (or to none): the volume of the line (plus what other
   * lines surely put on the same row) against each row; decided when all agree.
   */
  private static Check uncertainCheck(
      Regulation text, EuImport line, Match match, Map<ImportThreshold, BigDecimal> volumes) {
    List<String> listed = new ArrayList<>();
    int met = 0;
    int notMet = 0;
    int unknown = 0;
    boolean anyUnverified = false;
    for (ImportThreshold row : match.rows()) {
      BigDecimal kg = volumes.getOrDefault(row, BigDecimal.ZERO).add(line.kgPerYear());
      listed.add((row.ex() ? "ex " : "") + code(row) + " (" + row.part() + ", "
          + row.thresholdKg().map(BigDecimal::toPlainString).orElse("?") + " kg)");
      if (row.thresholdKg().isEmpty()) {
        unknown++;
      } else if (kg.compareTo(row.thresholdKg().get()) >= 0) {
        met++;
      } else {
        notMet++;
      }
      anyUnverified |= !row.verified();
    }
    Reason rows = Reason.and(listed);
    Reason flag =
        anyUnverified
            ? Reason.of("regulation.reason.eu_conflict_minerals.some_thresholds_not_verified")
            : Reason.same("");
    Object[] args = {line.label(), line.line(), Unit.KG.format(line.kgPerYear()), rows};
    if (unknown == 0 && notMet == 0 && !match.mayBeOutside()) {
      return Check.met(
          Reason.of("regulation.reason.eu_conflict_minerals.every_row_reached", args).plus(flag));
    }
    if (unknown == 0 && met == 0) {
      return Check.notMet(
          Reason.of(match.mayBeOutside()
                  ? "regulation.reason.eu_conflict_minerals.no_row_reached_or_outside"
                  : "regulation.reason.eu_conflict_minerals.no_row_reached", args).plus(flag));
    }
    String key =
        unknown == 0 && notMet == 0
            ? "regulation.reason.eu_conflict_minerals.rows_reached_but_may_be_outside"
            : "regulation.reason.eu_conflict_minerals.import_line_profile_line_may";
    return Check.unknown(
        Reason.of(key, args).plus(flag), "eu_imports line " + line.line() + " cn_code");
  }

  /**
   * The Annex I rows an import line can belong to, and whether it may also be outside the Annex
   * (a code under which goods of no row are classified too).
   */
  record Match(List<ImportThreshold> rows, boolean mayBeOutside) {
    Match {
      rows = List.copyOf(rows);
    }
  }

  /** The Annex I rows an import line can belong to. */
  static Match rows(List<ImportThreshold> annex, List<String> wholeCodes, EuImport line) {
    if (line.cnCode().isEmpty()) {
      List<ImportThreshold> byMaterial =
          annex.stream().filter(r -> r.material().equals(line.material().orElseThrow())).toList();
      List<ImportThreshold> rows =
          line.form().isEmpty()
              ? byMaterial
              : byMaterial.stream().filter(r -> r.form().equals(line.form().get())).toList();
      return new Match(rows, false);
    }
    String code = line.cnCode().get();
    List<ImportThreshold> candidates = new ArrayList<>();
    boolean mayBeOutside = false;
    boolean covered = wholeCodes.stream().anyMatch(code::startsWith);
    for (ImportThreshold row : annex) {
      String cn = row.cnDigits();
      if (code.startsWith(cn)) {
        // the line's code is the row's code or a subdivision of it
        if (!row.taric().isEmpty() && code.length() == 10) {
          if (row.taric().contains(code)) {
            candidates.add(row);
            covered = true;
          }
          continue;
        }
        if (!fits(row, line)) {
          continue;
        }
        candidates.add(row);
        if (!row.ex() || line.material().isPresent()) {
          covered = true;
        } else if (!row.taric().isEmpty()) {
          // an "ex" code without its TARIC subdivision nor the material: other goods share it
          mayBeOutside = true;
        }
      } else if (cn.startsWith(code)) {
        // the line's code is shorter: every row under it may be the one
        if (fits(row, line)) {
          candidates.add(row);
        }
      }
    }
    if (!candidates.isEmpty() && !mayBeOutside) {
      mayBeOutside = !covered;
    }
    // rows told apart by form (gold refined or not): the form given narrows, else all remain
    return new Match(candidates, mayBeOutside);
  }

  /** Whether the line's material and form (when given) agree with the row. */
  private static boolean fits(ImportThreshold row, EuImport line) {
    return line.material().map(row.material()::equals).orElse(true)
        && line.form().map(row.form()::equals).orElse(true);
  }
}
