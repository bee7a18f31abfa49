package fr.vigie.engine.declaration.consolidate;

import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.Finding;
import fr.vigie.engine.declaration.LookupKind;
import fr.vigie.engine.declaration.Severity;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.declaration.read.Layout;
import fr.vigie.engine.declaration.read.Layouts;
import fr.vigie.engine.declaration.validate.CahraList;
import fr.vigie.engine.duediligence.RussianGoldBan;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.mineral.MineralId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks reported smelters against the user's RMI smelter list, the CAHRA list and the EU's
 * Russian gold import ban. A named policy: one outcome ({@link SmelterCheck}) per smelter.
 *
 * <p>Matching: a reported id is looked up in the list (absent: {@link SmelterStatus#UNKNOWN_ID});
 * a listed id reported for another metal, or under a name that shares no word with the listed
 * name (legal forms and punctuation ignored), is a {@link SmelterStatus#NAME_ID_MISMATCH}. A
 * smelter reported without an id is looked up by metal and normalised name (absent: {@link
 * SmelterStatus#NOT_LISTED}). A listed smelter takes its RMAP status from the list.
 *
 * <p>Russian gold ({@link RussianGoldBan}): Vigie flags gold whose smelter is in
 * Russia (listed country, else reported) or whose reported mine country is Russia; the origin of
 * a refiner's feedstock is not otherwise known from a declaration.
 */
public final class SmelterAudit {

  private final SmelterReference reference;
  private final CahraList cahra;

  public SmelterAudit(SmelterReference reference, CahraList cahra) {
    this.reference = Objects.requireNonNull(reference);
    this.cahra = Objects.requireNonNull(cahra);
  }

  /** One check per consolidated smelter, in the consolidation's order. */
  public List<SmelterCheck> check(Consolidation consolidation) {
    List<SmelterCheck> out = new ArrayList<>();
    for (ConsolidatedSmelter s : consolidation.smelters()) {
      out.add(check(s.metal(), s.smelterId(), s.name(), s.country(), List.of(), s.suppliers(), List.of()));
    }
    return out;
  }

  /**
   * One check per smelter row of a declaration that names a smelter (rows "not yet identified",
   * and rows without metal, are left to the declaration's own findings).
   */
  public List<SmelterCheck> check(Declaration d, String supplier) {
    List<SmelterCheck> out = new ArrayList<>();
    for (SmelterRow r : d.smelters()) {
      if (r.metal().isEmpty() || r.lookup() == LookupKind.NOT_YET_IDENTIFIED
          || r.smelterId().isEmpty() && r.name().isBlank()) {
        continue;
      }
      out.add(check(r.metal().get(), r.smelterId(), r.name(), r.country(), r.mineCountries(), List.of(supplier),
          List.of(r.row())));
    }
    return out;
  }

  /** The check of one smelter as reported. */
  public SmelterCheck check(MineralId metal, Optional<String> smelterId, String name, Optional<String> country,
      List<String> mineCountries, List<String> suppliers, List<Integer> rows) {
    Optional<ReferenceSmelter> ref;
    SmelterStatus status;
    if (smelterId.isPresent()) {
      ref = reference.byId(smelterId.get());
      if (ref.isEmpty()) {
        status = SmelterStatus.UNKNOWN_ID;
      } else if (!ref.get().metal().equals(metal) || !sameSmelterName(name, ref.get().name())) {
        status = SmelterStatus.NAME_ID_MISMATCH;
      } else {
        status = listed(ref.get());
      }
    } else {
      ref = reference.byName(metal, name);
      status = ref.map(SmelterAudit::listed).orElse(SmelterStatus.NOT_LISTED);
    }
    Optional<String> where = ref.filter(x -> x.metal().equals(metal) && sameSmelterName(name, x.name()))
        .map(ReferenceSmelter::country).or(() -> country);
    boolean inCahra = where.filter(cahra::contains).isPresent();
    boolean russianGold = where.filter(c -> RussianGoldBan.covers(metal.value(), c)).isPresent()
        || mineCountries.stream().anyMatch(c -> RussianGoldBan.covers(metal.value(), c));
    return new SmelterCheck(metal, smelterId.or(() -> ref.map(ReferenceSmelter::smelterId)), name, ref, where, status,
        inCahra, russianGold, suppliers, rows);
  }

  private static SmelterStatus listed(ReferenceSmelter s) {
    return s.status().map(a -> switch (a) {
      case CONFORMANT -> SmelterStatus.CONFORMANT;
      case ACTIVE -> SmelterStatus.ACTIVE;
      case NON_CONFORMANT, NOT_ENROLLED -> SmelterStatus.NOT_CONFORMANT;
    }).orElse(SmelterStatus.LISTED);
  }

  /**
   * Whether a reported name may name the listed smelter: blank (the id alone was given), or sharing
   * at least one word of three letters or more once legal forms and punctuation are removed.
   */
  static boolean sameSmelterName(String reported, String listed) {
    if (reported.isBlank()) {
      return true;
    }
    Set<String> a = words(reported);
    Set<String> b = words(listed);
    a.retainAll(b);
    return !a.isEmpty();
  }

  private static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    for (String w : SmelterNames.normalise(name).split(" ")) {
      if (w.length() >= 3) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The checks of one declaration as findings on its Smelter List rows (rule ids {@code
   * smelter-unknown-id}, {@code smelter-name-id-mismatch}, {@code smelter-not-in-list}, {@code
   * smelter-not-conformant}, {@code smelter-russian-gold}), for the supplier's and the analyst's
   * view of one file. The CAHRA country of a smelter is already a declaration finding ({@code
   * smelter-in-cahra}).
   */
  public List<Finding> findings(Declaration d) {
    String smelterIdColumn = org.apache.poi.ss.util.CellReference.convertNumToColString(
        Layouts.find(d.template(), d.version()).map(l -> l.smelterColumns().smelterId())
            .orElse(Layout.SmelterColumns.STANDARD.smelterId()));
    List<Finding> out = new ArrayList<>();
    for (SmelterCheck c : check(d, "")) {
      String cell = smelterIdColumn + c.rows().get(0);
      Term metal = Term.of("mineral", c.metal().value());
      String id = c.smelterId().orElse("");
      switch (c.status()) {
        case UNKNOWN_ID -> out.add(warn("smelter-unknown-id", cell, id, metal, reference.source()));
        case NAME_ID_MISMATCH -> out.add(warn("smelter-name-id-mismatch", cell, id, c.reportedName(),
            c.reference().map(ReferenceSmelter::name).orElse(""), metal));
        case NOT_LISTED -> out.add(warn("smelter-not-in-list", cell, c.reportedName(), metal, reference.source()));
        case NOT_CONFORMANT -> out.add(warn("smelter-not-conformant", cell, c.reference().map(ReferenceSmelter::name)
            .orElse(c.reportedName()), id));
        case CONFORMANT, ACTIVE, LISTED -> { }
      }
      if (c.russianGold()) {
        out.add(warn("smelter-russian-gold", cell, c.reportedName().isBlank() ? id : c.reportedName()));
      }
    }
    return out;
  }

  private static Finding warn(String rule, String cell, Object... args) {
    return new Finding(Severity.WARNING, rule, "Smelter List", cell,
        Text.of("declaration.finding." + rule, Arrays.copyOf(args, args.length)));
  }
}
