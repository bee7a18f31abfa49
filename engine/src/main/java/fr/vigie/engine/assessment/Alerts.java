package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.Alert;
import fr.vigie.engine.assessment.Assessment.AlertKind;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.duediligence.RussianGoldBan;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.ledger.FiliereAggregate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What needs attention before the ranking (docs/assessment.md, "Alerts"), from what the company
 * knows of its chains: the ledger's origin and refiner countries and the smelters its suppliers
 * declare (never the world production mix, which says where a mineral may come from, not where it
 * does).
 *
 * <ul>
 *   <li>{@code sanctions}: gold whose origin or refiner (ledger), or declared smelter, is in Russia.
 *       Council Regulation (EU) No 833/2014, Article 3o (inserted by Council Regulation (EU)
 *       2022/1269 of 21 July 2022), prohibits purchasing, importing or transferring gold
 *       originating in Russia exported from it after 22 July 2022.
 *   <li>{@code cahra}: an origin or refiner country (ledger), or a declared smelter country, on
 *       the list of conflict-affected and high-risk areas in use ({@link ConflictAreas}).
 *   <li>{@code smelter_audit}: a reported smelter or refiner whose audit failed or was withdrawn
 *       ({@link ReportedSmelter.AuditStatus#failed()}).
 * </ul>
 */
final class Alerts {

  private final ConflictAreas cahra;

  Alerts(ConflictAreas cahra) {
    this.cahra = Objects.requireNonNull(cahra, "cahra");
  }

  List<Alert> of(List<FiliereAggregate> filieres, Optional<DeclarationSummary> declarations) {
    List<Alert> out = new ArrayList<>();
    for (FiliereAggregate f : filieres) {
      String m = f.material().value();
      Term mineral = Phrases.mineral(m);
      List<Located> located = new ArrayList<>();
      f.massByOriginCountry().forEach((c, kg) -> located.add(
          new Located(c.alpha3(), "origin", f.massKg() > 0 ? kg / f.massKg() : 0, "ledger")));
      f.massByRefinerCountry().forEach((c, kg) -> located.add(
          new Located(c.alpha3(), "refining", f.massKg() > 0 ? kg / f.massKg() : 0, "ledger")));
      declarations.map(d -> d.countries(f.material())).orElse(Map.of()).forEach((c, share) -> located.add(
          new Located(c, "refining", share, "declarations")));
      for (Located l : located) {
        if (l.share() <= 0) {
          continue;
        }
        Term country = Term.of(Country.KIND, l.country());
        Text role = Text.of("assessment.stage_role." + l.role());
        if (RussianGoldBan.covers(m, l.country())) {
          out.add(new Alert(AlertKind.SANCTIONS, m, Optional.of(l.country()),
              Text.of("assessment.alert.sanctions", mineral, role, country,
                  Text.of("assessment.share", Text.of("assessment.alert.basis." + l.basis()), l.share())),
              RussianGoldBan.SOURCE));
        }
        if (cahra.contains(l.country())) {
          out.add(new Alert(AlertKind.CAHRA, m, Optional.of(l.country()),
              Text.of("assessment.alert.cahra", mineral, role, country, l.share(),
                  Text.of("assessment.alert.basis." + l.basis())), cahra.source()));
        }
      }
    }
    declarations.ifPresent(d -> {
      for (ReportedSmelter s : d.smelters()) {
        if (s.audit().failed() && filieres.stream().anyMatch(f -> f.material().equals(s.material()))) {
          out.add(new Alert(AlertKind.SMELTER_AUDIT, s.material().value(), s.country(),
              Text.of("assessment.alert.smelter_audit", Phrases.mineral(s.material().value()), s.name(),
                  s.smelterId().orElse("-"), s.country().<Object>map(c -> Term.of(Country.KIND, c)).orElse("-"),
                  Text.of("assessment.audit." + s.audit().id())),
              d.source()));
        }
      }
    });
    return out;
  }

  /** A country of a filiere's chain that the company knows: its role, share of the mass and basis. */
  private record Located(String country, String role, double share, String basis) {}
}
