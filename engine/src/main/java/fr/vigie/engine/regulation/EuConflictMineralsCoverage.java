package fr.vigie.engine.regulation;

import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.Severity;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.regulation.Check.Unit;
import fr.vigie.engine.regulation.EuConflictMineralsPolicy.Match;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.EuImport;
import fr.vigie.engine.regulation.profile.ImportThreshold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The EU conflict minerals check of a company's imports against its purchase ledger: an import of
 * tin, tantalum, tungsten or gold ores, concentrates or metals declared in the profile ({@code
 * eu_imports}) whose mineral has no supply chain (filiere) in the ledger is a finding, since the
 * supply chain due diligence the Union importer owes for it (Regulation (EU) 2017/821, Articles 4
 * to 7) cannot be assessed from the ledger.
 *
 * <p>Import lines are matched to the Annex I rows as the applicability rule does ({@link
 * EuConflictMineralsPolicy#rows}), and the yearly volumes of the lines that surely belong to one row
 * are added up per row. An import line not covered by the ledger gives:
 *
 * <ul>
 *   <li>{@code eu_cmr.imports_not_in_ledger} when every row it may belong to has a threshold in the
 *       data and the row's volume reaches it (the threshold and, when the figure was not read from
 *       the Official Journal, the data's note saying so, are in the message);
 *   <li>{@code eu_cmr.imports_not_in_ledger_unsure} when whether it reaches a threshold cannot be
 *       told: a row without a figure in the data (never filled in), rows that disagree, or a code
 *       that also covers goods outside Annex I;
 *   <li>nothing when it is below the threshold of every row it may belong to (no due diligence duty
 *       for it), or outside Annex I.
 * </ul>
 *
 * <p>The ledger holds the mineral content bought, the profile the mass of the goods imported (an ore
 * is mostly not the metal): the two cannot be compared, so a ledger holding any mass of the mineral
 * is taken as covering its imports; only a mineral without a supply chain in the ledger is found.
 * The findings are placed on the profile's import line ({@code eu_imports}).
 */
public final class EuConflictMineralsCoverage {
  /** The text whose Annex I the check reads. */
  public static final String TEXT = "eu-conflict-minerals";

  /** A finding: the imports reach the threshold and no supply chain of the mineral is in the ledger. */
  public static final String NOT_IN_LEDGER = "eu_cmr.imports_not_in_ledger";

  /** A finding: the imports may reach the threshold (not told) and no supply chain is in the ledger. */
  public static final String NOT_IN_LEDGER_UNSURE = "eu_cmr.imports_not_in_ledger_unsure";

  private EuConflictMineralsCoverage() {}

  /**
   * The findings of a profile's imports against the minerals of the ledger's supply chains, in the
   * order of the profile's import lines; none when the profile gives no import or the text has no
   * Annex I.
   *
   * @param text the EU conflict minerals regulation, with its Annex I rows
   * @param profile the company profile and its {@code eu_imports}
   * @param ledger the minerals of the supply chains in the ledger (those with a mass)
   */
  public static List<Problem> findings(Regulation text, CompanyProfile profile, Set<MineralId> ledger) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(ledger, "ledger");
    List<ImportThreshold> annex = text.importThresholds();
    List<EuImport> lines = profile.euImports().orElse(List.of());
    if (annex.isEmpty() || lines.isEmpty()) {
      return List.of();
    }
    Map<EuImport, Match> matches = new LinkedHashMap<>();
    Map<ImportThreshold, BigDecimal> volumes = new LinkedHashMap<>();
    for (EuImport line : lines) {
      Match match = EuConflictMineralsPolicy.rows(annex, text.wholeCodes(), line);
      matches.put(line, match);
      if (certain(match)) {
        volumes.merge(match.rows().get(0), line.kgPerYear(), BigDecimal::add);
      }
    }
    List<Problem> out = new ArrayList<>();
    for (Map.Entry<EuImport, Match> e : matches.entrySet()) {
      EuImport line = e.getKey();
      Match match = e.getValue();
      if (match.rows().isEmpty()) {
        continue; // outside Annex I
      }
      Set<MineralId> minerals = new LinkedHashSet<>();
      match.rows().forEach(r -> minerals.add(r.material()));
      if (minerals.stream().anyMatch(ledger::contains)) {
        continue; // a supply chain of the mineral is in the ledger
      }
      finding(text, line, match, volumes, minerals).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /** Whether the line surely belongs to its one row (its volume is added to the row's). */
  private static boolean certain(Match match) {
    return match.rows().size() == 1 && !match.mayBeOutside();
  }

  private static Optional<Problem> finding(Regulation text, EuImport line, Match match,
      Map<ImportThreshold, BigDecimal> volumes, Set<MineralId> minerals) {
    int reached = 0;
    int below = 0;
    List<Localized> rows = new ArrayList<>();
    List<Localized> remarks = new ArrayList<>();
    Set<Object> notes = new LinkedHashSet<>();
    for (ImportThreshold row : match.rows()) {
      int index = text.importThresholds().indexOf(row);
      BigDecimal kg = certain(match)
          ? volumes.get(row)
          : volumes.getOrDefault(row, BigDecimal.ZERO).add(line.kgPerYear());
      Localized name = text.annexRow(index);
      String code = (row.ex() ? "ex " : "") + code(row);
      if (row.thresholdKg().isEmpty()) {
        rows.add(Reason.of("regulation.eu_cmr_coverage.row_no_figure", name, code, row.part(),
            Unit.KG.format(kg)).text());
        remarks.add(Reason.of("regulation.eu_cmr_coverage.no_figure", code).text());
        continue;
      }
      BigDecimal threshold = row.thresholdKg().get();
      if (kg.compareTo(threshold) >= 0) {
        reached++;
      } else {
        below++;
      }
      rows.add(Reason.of("regulation.eu_cmr_coverage.row", name, code, row.part(), Unit.KG.format(kg),
          Unit.KG.format(threshold)).text());
      if (!row.verified() && notes.add(row.note().isPresent() ? row.note().get() : code)) {
        remarks.add(row.note().isPresent()
            ? Reason.of("regulation.eu_cmr_coverage.unverified", code, text.annexNote(index)).text()
            : Reason.of("regulation.eu_cmr_coverage.unverified_no_note", code).text());
      }
    }
    if (below == match.rows().size()) {
      return Optional.empty(); // below every threshold: no due diligence duty for these imports
    }
    boolean sure = reached == match.rows().size() && !match.mayBeOutside();
    Localized named = joined(minerals.stream().<Localized>map(m -> Term.of("mineral", m.value())).toList());
    Localized remark = remarks.isEmpty()
        ? Reason.same("").text()
        : Reason.of("regulation.eu_cmr_coverage.remarks", joined(remarks)).text();
    if (!sure && match.mayBeOutside() && reached == match.rows().size()) {
      remark = Reason.of("regulation.reason.concat", remark,
          Reason.of("regulation.eu_cmr_coverage.may_be_outside").text()).text();
    }
    Problem p = new Problem(sure ? NOT_IN_LEDGER : NOT_IN_LEDGER_UNSURE, Severity.WARNING,
        null, line.line(), "eu_imports",
        List.of(label(line), Unit.KG.format(line.kgPerYear()).text(), named, joined(rows), remark));
    return Optional.of(p);
  }

  /**
   * The import line as the reader's language names it: its CN code ("CN 7108 12 00", "NC 7108 12 00"),
   * else its mineral and the form as the profile gives it.
   */
  private static Localized label(EuImport line) {
    if (line.cnCode().isPresent()) {
      // the label is "CN " and the code grouped as the Combined Nomenclature prints it
      return Reason.of("regulation.eu_cmr_coverage.cn", line.label().substring(3)).text();
    }
    Term mineral = Term.of("mineral", line.material().orElseThrow().value());
    return line.form()
        .map(f -> Reason.of("regulation.eu_cmr_coverage.material_form", mineral, f).text())
        .orElse(mineral);
  }

  /** Texts joined as "a and b and c" in the reader's language. */
  private static Localized joined(List<Localized> parts) {
    Localized out = parts.get(parts.size() - 1);
    for (int i = parts.size() - 2; i >= 0; i--) {
      out = Reason.of("regulation.reason.and", parts.get(i), out).text();
    }
    return out;
  }

  /** The row's code as printed, with its TARIC subdivision when the Annex gives one. */
  private static String code(ImportThreshold row) {
    return row.taric().isEmpty() ? row.cnCode() : row.cnCode() + " " + row.taric().get(0).substring(8);
  }
}
