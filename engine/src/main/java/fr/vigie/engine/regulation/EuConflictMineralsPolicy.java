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
 * metals) reaches that row's threshold. Import lines are matched to rows by CN or TARIC code, or by
 * material and form; volumes of the same row are added up. A row whose threshold the data does not
 * hold, or a code that matches several rows, gives "cannot tell".
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
    Map<ImportThreshold, BigDecimal> volumes = new LinkedHashMap<>();
    List<Check> checks = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    for (EuImport line : p.euImports().get()) {
      Match match = rows(text.importThresholds(), line);
      List<ImportThreshold> rows = match.rows();
      if (rows.size() == 1 && match.certain()) {
        volumes.merge(rows.get(0), line.kgPerYear(), BigDecimal::add);
      } else if (rows.isEmpty()) {
        outside.add(line.label());
      } else {
        checks.add(
            Check.unknown(
                Reason.of("regulation.reason.eu_conflict_minerals.import_line_profile_line_may",
                    line.label(), line.line(), rows.size(),
                    String.join(", ", rows.stream().map(ImportThreshold::cnCode).toList())),
                "eu_imports line " + line.line() + " cn_code"));
      }
    }
    for (Map.Entry<ImportThreshold, BigDecimal> e : volumes.entrySet()) {
      ImportThreshold row = e.getKey();
      Reason what =
          Reason.of("regulation.reason.eu_conflict_minerals.per_year_of_annex_i",
              text.annexRow(text.importThresholds().indexOf(row)), row.ex() ? "ex " : "", row.cnCode(), row.part());
      if (row.thresholdKg().isEmpty()) {
        checks.add(
            Check.unknown(
                Reason.of("regulation.reason.eu_conflict_minerals.no_volume_threshold_in_the",
                    Unit.KG.format(e.getValue()), what, row.note())));
      } else {
        Check c =
            Check.atLeast(what, Optional.of(e.getValue()), row.thresholdKg().get(),
                Unit.KG, "eu_imports");
        if (!row.verified()) {
          c = new Check(c.verdict(),
              List.of(c.sentences().get(0)
                  .plus(Reason.of("regulation.reason.eu_conflict_minerals.threshold_not_verified"))),
              c.missing());
        }
        checks.add(c);
      }
    }
    if (checks.isEmpty()) {
      Reason none =
          Reason.of("regulation.reason.eu_conflict_minerals.no_import_of_an_annex");
      return Check.notMet(
          outside.isEmpty()
              ? none
              : none.plus(Reason.of("regulation.reason.eu_conflict_minerals.not_in_annex_i",
                  String.join(", ", outside))));
    }
    return Check.any(checks);
  }

  /** Annex I rows an import line may belong to; {@code certain} when the line names one row. */
  record Match(List<ImportThreshold> rows, boolean certain) {}

  /** The Annex I rows an import line can belong to. */
  static Match rows(List<ImportThreshold> annex, EuImport line) {
    if (line.cnCode().isPresent()) {
      String code = line.cnCode().get();
      List<ImportThreshold> exact = new ArrayList<>();
      List<ImportThreshold> partial = new ArrayList<>();
      for (ImportThreshold row : annex) {
        String cn = row.cnDigits();
        if (code.startsWith(cn)) {
          boolean byTaric = row.taric().stream().anyMatch(code::startsWith);
          boolean byMaterial = line.material().map(row.material()::equals).orElse(false);
          if (!row.ex() || byTaric || byMaterial) {
            exact.add(row);
          } else {
            partial.add(row);
          }
        } else if (cn.startsWith(code)) {
          partial.add(row);
        }
      }
      if (exact.size() > 1) {
        // several rows on one code (ex rows split by material and form): narrow by form
        List<ImportThreshold> byForm =
            exact.stream().filter(r -> line.form().map(r.form()::equals).orElse(false)).toList();
        return byForm.size() == 1 ? new Match(byForm, true) : new Match(exact, false);
      }
      return exact.isEmpty() ? new Match(partial, false) : new Match(exact, true);
    }
    List<ImportThreshold> byMaterial =
        annex.stream().filter(r -> r.material().equals(line.material().orElseThrow())).toList();
    List<ImportThreshold> rows =
        line.form().isEmpty()
            ? byMaterial
            : byMaterial.stream().filter(r -> r.form().equals(line.form().get())).toList();
    return new Match(rows, rows.size() == 1);
  }
}
