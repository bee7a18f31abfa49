package fr.vigie.engine.risk.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.SeededProperty;
import fr.vigie.engine.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of HHI_WGI,t and GeoPolRisk over generated inputs: each property runs over {@value
 * #TRIES} seeded random cases (see {@link Seeds}).
 */
class SupplyPropertyTests {

  static final int TRIES = 1000;

  static LongStream seeds() {
    return Seeds.seeds(SupplyPropertyTests.class.getName(), TRIES);
  }

  /**
   * 1 to 10 partners "P0".."P9" with quantities (not all zero) and a political stability in
   * -2.5..2.5 or none.
   */
  static List<double[]> partners(Random r) {
    while (true) {
      List<double[]> l = Seeds.listOf(r, 1, 10, x -> {
        double q = Seeds.doubleBetween(x, 0, 1000, 2);
        double pv = Seeds.doubleBetween(x, -2.5, 2.5, 2);
        boolean has = x.nextInt(3) != 0;
        return new double[] {q, has ? pv : Double.NaN};
      });
      if (l.stream().mapToDouble(x -> x[0]).sum() > 0) {
        return l;
      }
    }
  }

  static List<GeoPolRisk.Import> imports(List<double[]> p) {
    List<GeoPolRisk.Import> out = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      out.add(new GeoPolRisk.Import("P" + i, p.get(i)[0]));
    }
    return out;
  }

  static OptionalDouble pv(List<double[]> p, String iso) {
    double v = p.get(Integer.parseInt(iso.substring(1)))[1];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  static final List<GeoPolRisk.Producer> WORLD = List.of(
      new GeoPolRisk.Producer("A", 60), new GeoPolRisk.Producer("B", 30), new GeoPolRisk.Producer("C", 10));

  @SeededProperty
  @MethodSource("seeds")
  void geoPolRiskStaysInRangeAndIgnoresOrder(long caseSeed) {
    Random random = new Random(caseSeed);
    List<double[]> p = partners(random);
    long seed = random.nextLong();
    var importer = new GeoPolRisk.Importer("X", Set.of("P0"), 0);
    var r = GeoPolRisk.compute(WORLD, 0, imports(p), importer, iso -> pv(p, iso));
    assertThat(r.importRisk()).isBetween(0.0, 1.0);
    assertThat(r.score()).isBetween(0.0, r.hhi());
    List<GeoPolRisk.Import> shuffled = new ArrayList<>(imports(p));
    Collections.shuffle(shuffled, new Random(seed));
    List<GeoPolRisk.Producer> world = new ArrayList<>(WORLD);
    Collections.shuffle(world, new Random(seed));
    var s = GeoPolRisk.compute(world, 0, shuffled, importer, iso -> pv(p, iso));
    assertThat(s.score()).isCloseTo(r.score(), within(1e-12));
  }

  @SeededProperty
  @MethodSource("seeds")
  void ownProductionNeverRaisesTheImportRisk(long seed) {
    List<double[]> p = partners(new Random(seed));
    var company = GeoPolRisk.compute(WORLD, 0, imports(p), GeoPolRisk.Importer.company(), iso -> pv(p, iso));
    var producer = GeoPolRisk.compute(WORLD, 0, imports(p), new GeoPolRisk.Importer("X", Set.of(), 500), iso -> pv(p, iso));
    assertThat(producer.importRisk()).isLessThanOrEqualTo(company.importRisk() + 1e-12);
  }

  @SeededProperty
  @MethodSource("seeds")
  void worseGovernanceNeverLowersHhiWgi(long caseSeed) {
    Random random = new Random(caseSeed);
    List<double[]> p = partners(random);
    long seed = random.nextLong();
    double total = p.stream().mapToDouble(x -> x[0]).sum();
    List<EuSupplyRisk.Supplier> suppliers = new ArrayList<>();
    List<EuSupplyRisk.Supplier> worse = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      double share = p.get(i)[0] / total;
      OptionalDouble wgi = Double.isNaN(p.get(i)[1]) ? OptionalDouble.empty()
          : EuSupplyRisk.scaledWgi(List.of(p.get(i)[1]));
      suppliers.add(new EuSupplyRisk.Supplier("P" + i, Math.min(1, share), wgi, 1.0));
      OptionalDouble w2 = wgi.isPresent() ? OptionalDouble.of(Math.min(10, wgi.getAsDouble() + 1)) : wgi;
      worse.add(new EuSupplyRisk.Supplier("P" + i, Math.min(1, share), w2, 1.0));
    }
    double base = EuSupplyRisk.hhiWgiT(suppliers).value();
    assertThat(base).isBetween(0.0, 10.0 + 1e-9);
    assertThat(EuSupplyRisk.hhiWgiT(worse).value()).isGreaterThanOrEqualTo(base - 1e-12);
    Collections.shuffle(suppliers, new Random(seed));
    assertThat(EuSupplyRisk.hhiWgiT(suppliers).value()).isCloseTo(base, within(1e-12));
  }
}
