package fr.vigie.engine.ledger;

import fr.vigie.engine.country.Country;
import fr.vigie.engine.mineral.MineralId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A company's purchases of one mineral (one filiere), summed over its ledger lines. Masses are the
 * mineral content in kilograms per year. Country masses count the whole line mass (recycled share
 * included); {@link #recycledMassKg} is the part of {@link #massKg} declared recycled.
 *
 * @param material the mineral
 * @param lines ledger lines of this mineral
 * @param massKg total mineral mass
 * @param spendEur total spend over the lines that give one
 * @param massKnownOriginKg mass on lines that give a mine (origin) country
 * @param massKnownRefinerKg mass on lines that give a refining or smelting country
 * @param massWithSmelterIdKg mass on lines that give an RMI smelter id
 * @param recycledMassKg sum over lines of mass times recycled share
 * @param suppliers distinct suppliers named on the lines
 * @param smelters distinct smelter ids named on the lines
 * @param massByOriginCountry mass per origin country, largest first
 * @param massByRefinerCountry mass per refiner country, largest first
 * @param recycledMassByCountry recycled mass per recovery country: the line's recycling country, else
 *     its refiner country, else its supplier country (lines giving none are not counted here)
 */
public record FiliereAggregate(
    MineralId material,
    long lines,
    double massKg,
    double spendEur,
    double massKnownOriginKg,
    double massKnownRefinerKg,
    double massWithSmelterIdKg,
    double recycledMassKg,
    int suppliers,
    int smelters,
    Map<Country, Double> massByOriginCountry,
    Map<Country, Double> massByRefinerCountry,
    Map<Country, Double> recycledMassByCountry) {

  public FiliereAggregate {
    Objects.requireNonNull(material, "material");
    massByOriginCountry = Collections.unmodifiableMap(new LinkedHashMap<>(massByOriginCountry));
    massByRefinerCountry = Collections.unmodifiableMap(new LinkedHashMap<>(massByRefinerCountry));
    recycledMassByCountry = Collections.unmodifiableMap(new LinkedHashMap<>(recycledMassByCountry));
  }

  /** A filiere whose recycled mass has no recovery country. */
  public FiliereAggregate(MineralId material, long lines, double massKg, double spendEur, double massKnownOriginKg,
      double massKnownRefinerKg, double massWithSmelterIdKg, double recycledMassKg, int suppliers, int smelters,
      Map<Country, Double> massByOriginCountry, Map<Country, Double> massByRefinerCountry) {
    this(material, lines, massKg, spendEur, massKnownOriginKg, massKnownRefinerKg, massWithSmelterIdKg,
        recycledMassKg, suppliers, smelters, massByOriginCountry, massByRefinerCountry, Map.of());
  }

  /** Share of the mass whose origin country is known (0 to 1; 0 for a zero mass). */
  public double originCoverage() {
    return massKg == 0 ? 0 : massKnownOriginKg / massKg;
  }

  /** Share of the mass whose refiner country is known (0 to 1; 0 for a zero mass). */
  public double refinerCoverage() {
    return massKg == 0 ? 0 : massKnownRefinerKg / massKg;
  }

  /** Share of the mass that is recycled (0 to 1; 0 for a zero mass). */
  public double recycledShare() {
    return massKg == 0 ? 0 : recycledMassKg / massKg;
  }
}
