package fr.vigie.engine.ledger;

import fr.vigie.engine.mineral.MineralId;
import java.util.List;
import java.util.Optional;

/**
 * An accepted purchase ledger, aggregated per filiere (the lines themselves are not kept).
 *
 * @param filieres one aggregate per mineral, largest mass first (ties by mineral id)
 * @param lines lines accepted
 * @param firstYear the smallest {@code year} given, if any
 * @param lastYear the largest {@code year} given, if any
 */
public record Ledger(
    List<FiliereAggregate> filieres, long lines, Optional<Integer> firstYear, Optional<Integer> lastYear) {

  public Ledger {
    filieres = List.copyOf(filieres);
  }

  /** The aggregate of one mineral, empty when the ledger does not buy it. */
  public Optional<FiliereAggregate> filiere(MineralId material) {
    return filieres.stream().filter(f -> f.material().equals(material)).findFirst();
  }

  /** Total mineral mass over all filieres, in kg. */
  public double totalMassKg() {
    return filieres.stream().mapToDouble(FiliereAggregate::massKg).sum();
  }

  /** Total spend over all filieres, in EUR. */
  public double totalSpendEur() {
    return filieres.stream().mapToDouble(FiliereAggregate::spendEur).sum();
  }
}
