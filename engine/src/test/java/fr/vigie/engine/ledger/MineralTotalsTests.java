package fr.vigie.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.country.Country;
import fr.vigie.engine.mineral.MineralId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known-answer tests of the per-mineral totals behind the ledger import. */
class MineralTotalsTests {
  private static final List<Country> COUNTRIES = List.of(LedgerFixtures.COD, LedgerFixtures.FIN);

  private static Map<Country, Double> byCountry(double[] a) {
    Map<Country, Double> m = new LinkedHashMap<>();
    for (int i = 0; a != null && i < a.length; i++) {
      if (a[i] != 0) {
        m.put(COUNTRIES.get(i), a[i]);
      }
    }
    return m;
  }

  @Test
  void linesAddUpAndDistinctSuppliersAndSmeltersCountOnce() {
    // cobalt (mineral 0): 100 kg from COD (country 0) by supplier 0, 20% recycled, 500 EUR;
    // 50 kg of unknown origin refined in FIN (country 1) by supplier 0 again at smelter 3. The
    // first line's recycled 20 kg are recovered in FIN.
    MineralTotals t = new MineralTotals();
    t.ensure(1);
    t.addLine(0, 100, 500, 0.2, 0, -1, -1, 0, 1);
    t.addLine(0, 50, 0, 0, -1, 1, 3, 0, 1);
    FiliereAggregate a = t.aggregate(0, new MineralId("cobalt"), MineralTotalsTests::byCountry);
    assertThat(a.lines()).isEqualTo(2);
    assertThat(a.massKg()).isEqualTo(150);
    assertThat(a.spendEur()).isEqualTo(500);
    assertThat(a.recycledMassKg()).isCloseTo(20, within(1e-12)); // 100 x 0.2
    assertThat(a.massKnownOriginKg()).isEqualTo(100);
    assertThat(a.massKnownRefinerKg()).isEqualTo(50);
    assertThat(a.massWithSmelterIdKg()).isEqualTo(50);
    assertThat(a.suppliers()).isEqualTo(1);
    assertThat(a.smelters()).isEqualTo(1);
    assertThat(a.massByOriginCountry()).containsExactly(Map.entry(LedgerFixtures.COD, 100.0));
    assertThat(a.massByRefinerCountry()).containsExactly(Map.entry(LedgerFixtures.FIN, 50.0));
    // only recycled mass counts per recovery country: the second line has none
    assertThat(a.recycledMassByCountry()).containsOnlyKeys(LedgerFixtures.FIN);
    assertThat(a.recycledMassByCountry().get(LedgerFixtures.FIN)).isCloseTo(20, within(1e-12));
    assertThat(t.has(0)).isTrue();
    assertThat(t.has(1)).isFalse();
  }

  @Test
  void mergingAChunkRenumbersItsCountriesSuppliersAndSmelters() {
    // chunk A: 10 kg from COD (0), supplier 0. Chunk B numbers differently: its country 0 is FIN
    // (our 1), its supplier 0 is our supplier 0 (the same name), its supplier 1 is our supplier 1.
    MineralTotals a = new MineralTotals();
    a.ensure(1);
    a.addLine(0, 10, 0, 0, 0, -1, -1, 0, -1);
    MineralTotals b = new MineralTotals();
    b.ensure(1);
    b.addLine(0, 30, 0, 0, 0, -1, -1, 0, -1);
    b.addLine(0, 5, 0, 0, -1, -1, -1, 1, -1);
    a.merge(0, b, 0, c -> 1, s -> s, s -> s);
    FiliereAggregate f = a.aggregate(0, new MineralId("cobalt"), MineralTotalsTests::byCountry);
    assertThat(f.lines()).isEqualTo(3);
    assertThat(f.massKg()).isEqualTo(45);
    assertThat(f.massKnownOriginKg()).isEqualTo(40);
    assertThat(f.massByOriginCountry())
        .containsExactly(Map.entry(LedgerFixtures.COD, 10.0), Map.entry(LedgerFixtures.FIN, 30.0));
    assertThat(f.suppliers()).isEqualTo(2);
  }
}
