package fr.vigie.engine.assessment;

import static fr.vigie.engine.assessment.Fixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.ledger.Ledger;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties of the assessment over generated ledgers. */
class AssessmentPropertyTests {
  private static final List<String> MINERALS = List.of("cobalt", "copper", "nickel", "tin", "lithium", "gold");
  private static final List<String> COUNTRIES = List.of("CD", "CN", "FI", "ID", "CL", "AU", "");
  private static final Assessor ASSESSOR = Fixtures.assessor();
  private static final fr.vigie.engine.regulation.profile.CompanyProfile PROFILE = Fixtures.profile(Fixtures.PROFILE);

  private static Ledger ledger(int seed, int lines) {
    java.util.Random r = new java.util.Random(seed);
    StringBuilder csv = new StringBuilder("item,material,mass_kg,origin_country,refiner_country,recycled_share\n");
    for (int i = 0; i < lines; i++) {
      csv.append("I").append(i).append(',').append(MINERALS.get(r.nextInt(MINERALS.size()))).append(',')
          .append(1 + r.nextInt(100_000)).append(',').append(COUNTRIES.get(r.nextInt(COUNTRIES.size()))).append(',')
          .append(COUNTRIES.get(r.nextInt(COUNTRIES.size()))).append(',')
          .append(r.nextBoolean() ? "" : String.valueOf(r.nextInt(101) / 100.0)).append('\n');
    }
    return Fixtures.ledger(csv.toString());
  }

  @Property(tries = 40)
  void scoresAreInRangeAndRanksFollowThem(@ForAll @IntRange(min = 0, max = 10_000) int seed,
      @ForAll @IntRange(min = 1, max = 12) int lines) {
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

  @Property(tries = 20)
  void aNeutralScenarioChangesNothing(@ForAll @IntRange(min = 0, max = 10_000) int seed,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double share) {
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
