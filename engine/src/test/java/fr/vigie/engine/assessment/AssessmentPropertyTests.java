package fr.vigie.engine.assessment;

import static fr.vigie.engine.assessment.Fixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.SeededProperty;
import fr.vigie.engine.Seeds;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.ledger.Ledger;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the assessment over generated ledgers, each over seeded random cases (see {@link Seeds}). */
class AssessmentPropertyTests {
  private static final List<String> MINERALS = List.of("cobalt", "copper", "nickel", "tin", "lithium", "gold");
  private static final List<String> COUNTRIES = List.of("CD", "CN", "FI", "ID", "CL", "AU", "");
  private static final Assessor ASSESSOR = Fixtures.assessor();
  private static final fr.vigie.engine.regulation.profile.CompanyProfile PROFILE = Fixtures.profile(Fixtures.PROFILE);

  private static Ledger ledger(int seed, int lines) {
    Random r = new Random(seed);
    StringBuilder csv = new StringBuilder("item,material,mass_kg,origin_country,refiner_country,recycled_share\n");
    for (int i = 0; i < lines; i++) {
      csv.append("I").append(i).append(',').append(MINERALS.get(r.nextInt(MINERALS.size()))).append(',')
          .append(1 + r.nextInt(100_000)).append(',').append(COUNTRIES.get(r.nextInt(COUNTRIES.size()))).append(',')
          .append(COUNTRIES.get(r.nextInt(COUNTRIES.size()))).append(',')
          .append(r.nextBoolean() ? "" : String.valueOf(r.nextInt(101) / 100.0)).append('\n');
    }
    return Fixtures.ledger(csv.toString());
  }

  static LongStream forty() {
    return Seeds.seeds("scoresAreInRangeAndRanksFollowThem", 40);
  }

  static LongStream twenty() {
    return Seeds.seeds("aNeutralScenarioChangesNothing", 20);
  }

  @SeededProperty
  @MethodSource("forty")
  void scoresAreInRangeAndRanksFollowThem(long caseSeed) {
    Random random = new Random(caseSeed);
    int seed = Seeds.intBetween(random, 0, 10_000);
    int lines = Seeds.intBetween(random, 1, 12);
    Assessment a = ASSESSOR.assess(PROFILE, ledger(seed, lines), Optional.empty(), Optional.empty(), DATE);
    List<Filiere> f = a.filieres();
    for (int i = 0; i < f.size(); i++) {
      Filiere x = f.get(i);
      assertThat(x.rank()).isEqualTo(i + 1);
      assertThat(x.priorityScore()).isBetween(0.0, 1.0);
      assertThat(x.risk()).isBetween(0.0, 1.0);
      assertThat(x.components().stream().mapToDouble(Assessment.ScoreComponent::contribution).sum())
          .isCloseTo(x.priorityScore(), org.assertj.core.api.Assertions.within(1e-12));
      if (i > 0) {
        assertThat(x.priorityScore()).isLessThanOrEqualTo(f.get(i - 1).priorityScore());
      }
      for (var s : x.stages()) {
        assertThat(s.countries().stream().mapToDouble(Assessment.CountryWeight::share).sum())
            .isLessThanOrEqualTo(1 + 1e-9);
      }
    }
  }

  @SeededProperty
  @MethodSource("twenty")
  void aNeutralScenarioChangesNothing(long caseSeed) {
    Random random = new Random(caseSeed);
    int seed = Seeds.intBetween(random, 0, 10_000);
    double share = Seeds.doubleBetween(random, 0.0, 1.0);
    Ledger l = ledger(seed, 6);
    String material = l.filieres().get(0).material().value();
    // volume x 1 and the same recycled share as the baseline: the scenario equals the baseline
    double recycled = l.filieres().get(0).recycledShare();
    Scenario s = Scenario.read("s.yaml", "name: neutral\nfilieres:\n  " + material + ": {volume_factor: 1, recycled_share: "
        + recycled + "}\n", Fixtures.DATA.minerals(), Fixtures.DATA.countries());
    Assessment a = ASSESSOR.assess(PROFILE, l, Optional.of(s), Optional.empty(), DATE);
    for (var c : a.scenario().orElseThrow().changes()) {
      assertThat(c.scenarioRank()).isEqualTo(c.baselineRank());
      assertThat(c.scenarioScore()).isCloseTo(c.baselineScore(), org.assertj.core.api.Assertions.within(1e-9));
      assertThat(c.scenarioRisk()).isCloseTo(c.baselineRisk(), org.assertj.core.api.Assertions.within(1e-9));
    }
    // moving a share of the refining to Finland never lowers the known refiner coverage
    Scenario fin = Scenario.read("f.yaml", "name: fin\nfilieres:\n  " + material + ":\n    refining_countries: {FI: "
        + Math.max(0.01, share) + "}\n", Fixtures.DATA.minerals(), Fixtures.DATA.countries());
    Assessment b = ASSESSOR.assess(PROFILE, l, Optional.of(fin), Optional.empty(), DATE);
    double before = b.filiere(material).orElseThrow().refinerCoverage();
    double after = b.scenario().orElseThrow().filieres().stream().filter(x -> x.material().equals(material))
        .findFirst().orElseThrow().refinerCoverage();
    assertThat(after).isGreaterThanOrEqualTo(before - 1e-12);
  }
}
