package fr.vigie.engine.risk.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of HHI_WGI,t and GeoPolRisk over generated inputs. */
class SupplyPropertyTests {

  /** Up to 10 partners "P0".."P9" with quantities and a political stability in -2.5..2.5 or none. */
  @Provide
  Arbitrary<List<double[]>> partners() {
    Arbitrary<double[]> one = Combinators.combine(
            Arbitraries.doubles().between(0, 1000).ofScale(2),
            Arbitraries.doubles().between(-2.5, 2.5).ofScale(2),
            Arbitraries.of(true, true, false))
        .as((q, pv, has) -> new double[] {q, has ? pv : Double.NaN});
    return one.list().ofMinSize(1).ofMaxSize(10).filter(l -> l.stream().mapToDouble(x -> x[0]).sum() > 0);
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

  @Property
  void geoPolRiskStaysInRangeAndIgnoresOrder(@ForAll("partners") List<double[]> p, @ForAll long seed) {
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

  @Property
  void ownProductionNeverRaisesTheImportRisk(@ForAll("partners") List<double[]> p) {
    var company = GeoPolRisk.compute(WORLD, 0, imports(p), GeoPolRisk.Importer.company(), iso -> pv(p, iso));
    var producer = GeoPolRisk.compute(WORLD, 0, imports(p), new GeoPolRisk.Importer("X", Set.of(), 500), iso -> pv(p, iso));
    assertThat(producer.importRisk()).isLessThanOrEqualTo(company.importRisk() + 1e-12);
  }

  @Property
  void worseGovernanceNeverLowersHhiWgi(@ForAll("partners") List<double[]> p, @ForAll long seed) {
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
