package fr.vigie.engine.assessment;

import static fr.vigie.engine.assessment.Fixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.SeededProperty;
import fr.vigie.engine.Seeds;
import fr.vigie.engine.assessment.Assessment.CategoryScore;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.risk.Methodology;
import fr.vigie.engine.risk.RecyclingPolicy;
import fr.vigie.engine.risk.RiskEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

/** The recycling stage: recovery country, formal or informal profile, and its effect on a filiere. */
class RecyclingStageTests {
  static final RiskEngine ENGINE = RiskEngine.of(Fixtures.DATA, Methodology.loadDefault());
  /** Recovery countries whose recycling is formal (socio-economic and political risk low or very low). */
  static final List<String> LOW_RISK = List.of("FR", "DE", "SE", "FI", "NL", "BE", "AT", "JP", "CA", "NO");
  /** Countries of origin and refining, low and high risk alike. */
  static final List<String> ANY = List.of("CL", "PE", "CN", "CD", "ID", "AU", "US", "ZM", "RU", "MM", "BR", "FR");
  static final List<String> MINERALS = List.of("copper", "cobalt", "tin", "nickel", "gold", "tantalum");

  private static Filiere assess(String csv, String mineral) {
    return Fixtures.assessor().assess(Fixtures.profile(Fixtures.PROFILE), Fixtures.ledger(csv), Optional.empty(),
        Optional.empty(), DATE).filiere(mineral).orElseThrow();
  }

  @Test
  void recycledCopperRecoveredInFranceAndGermanyLowersTheFiliereRiskClearly() {
    // 2 lines of copper cable, 1,000 kg each, mine and refiner unknown. Without recycled content the
    // filiere is exposed to the world mixes of extraction, pre-treatment and refining. With 95%
    // recycled content recovered in France and Germany (formal recycling: both have a low
    // socio-economic and political risk), exposure = 0.05 x primary + 0.95 x recycling stage.
    String primary = """
        item,material,mass_kg,recycled_share,recycling_country
        CBL-1,copper,1000,0,
        CBL-2,copper,1000,0,
        """;
    String recycled = """
        item,material,mass_kg,recycled_share,recycling_country
        CBL-1,copper,1000,0.95,FR
        CBL-2,copper,1000,0.95,DE
        """;
    Filiere before = assess(primary, "copper");
    Filiere after = assess(recycled, "copper");
    StageExposure recycling = after.stage(Stage.RECYCLING).orElseThrow();
    assertThat(recycling.countries()).extracting(Assessment.CountryWeight::country).containsExactlyInAnyOrder("FRA", "DEU");
    assertThat(recycling.knownShare()).isEqualTo(1.0);
    // by hand, per category: (1 - 0.95) x max(primary stages) + 0.95 x recycling stage
    for (RiskCategory c : RiskCategory.values()) {
      double p = List.of(Stage.EXTRACTION, Stage.PRE_TREATMENT, Stage.REFINING).stream()
          .flatMap(s -> after.stage(s).flatMap(x -> x.category(c)).stream())
          .mapToDouble(CategoryScore::score).max().orElseThrow();
      double r = recycling.category(c).orElseThrow().score();
      assertThat(after.categories().stream().filter(x -> x.category() == c).findFirst().orElseThrow().score())
          .isCloseTo(0.05 * p + 0.95 * r, within(1e-12));
    }
    // the recycling stage: the formal profile (environment: air low 0.3, energy low 0.3, hazardous
    // substances medium 0.5 -> 0.3667; human rights: health and safety low 0.3) half and half with
    // France's and Germany's country risk (equal masses)
    double envCountry = (ENGINE.country("FRA").score(RiskCategory.ENVIRONMENTAL).getAsDouble()
        + ENGINE.country("DEU").score(RiskCategory.ENVIRONMENTAL).getAsDouble()) / 2;
    assertThat(recycling.category(RiskCategory.ENVIRONMENTAL).orElseThrow().score())
        .isCloseTo(0.5 * (1.1 / 3) + 0.5 * envCountry, within(1e-9));
    System.out.printf(Locale.ROOT, "copper filiere risk: %.4f without recycled content, %.4f at 95%% recovered in FR/DE%n",
        before.risk(), after.risk());
    assertThat(after.risk()).isLessThan(before.risk() - 0.15);
  }

  @Test
  void informalRecoveryInAHighRiskCountryStaysHigh() {
    // the same 95% recycled copper recovered in the DRC: informal e-waste profile (health and
    // safety very high, air very high, child labour high, soils high)
    assertThat(RecyclingPolicy.of(Optional.of(ENGINE.country("COD"))).process()).isEqualTo(RecyclingPolicy.INFORMAL);
    assertThat(RecyclingPolicy.of(Optional.of(ENGINE.country("FRA"))).process()).isEqualTo(RecyclingPolicy.FORMAL);
    assertThat(RecyclingPolicy.of(Optional.empty()).process()).isEqualTo(RecyclingPolicy.INFORMAL);
    Filiere formal = assess("item,material,mass_kg,recycled_share,recycling_country\nA,copper,1000,0.95,FR\n", "copper");
    Filiere informal = assess("item,material,mass_kg,recycled_share,recycling_country\nA,copper,1000,0.95,CD\n", "copper");
    assertThat(informal.risk()).isGreaterThanOrEqualTo(0.6).isGreaterThan(formal.risk() + 0.2);
  }

  @Test
  void theRecoveryCountryFallsBackToTheRefinerThenTheSupplier() {
    Filiere viaRefiner = assess("item,material,mass_kg,refiner_country,recycled_share\nA,copper,1000,DE,0.5\n", "copper");
    assertThat(viaRefiner.stage(Stage.RECYCLING).orElseThrow().countries())
        .containsExactly(new Assessment.CountryWeight("DEU", 1.0, "ledger"));
    Filiere viaSupplier = assess("item,material,mass_kg,supplier_country,recycled_share\nA,copper,1000,FR,0.5\n",
        "copper");
    assertThat(viaSupplier.stage(Stage.RECYCLING).orElseThrow().countries())
        .containsExactly(new Assessment.CountryWeight("FRA", 1.0, "ledger"));
    Filiere unknown = assess("item,material,mass_kg,recycled_share\nA,copper,1000,0.5\n", "copper");
    assertThat(unknown.stage(Stage.RECYCLING).orElseThrow().countries()).isEmpty();
    assertThat(unknown.stage(Stage.RECYCLING).orElseThrow().knownShare()).isZero();
  }

  static LongStream seeds() {
    return Seeds.seeds(RecyclingStageTests.class.getName(), 25);
  }

  @SeededProperty
  @MethodSource("seeds")
  void raisingTheRecycledShareOfLinesRecoveredInLowRiskCountriesNeverRaisesTheFiliereRisk(long seed) {
    Random rnd = new Random(seed);
    String mineral = MINERALS.get(rnd.nextInt(MINERALS.size()));
    int n = 1 + rnd.nextInt(5);
    List<String[]> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String origin = rnd.nextBoolean() ? ANY.get(rnd.nextInt(ANY.size())) : "";
      String refiner = rnd.nextBoolean() ? ANY.get(rnd.nextInt(ANY.size())) : "";
      boolean lowRiskRecovery = rnd.nextBoolean();
      String recovery = lowRiskRecovery ? LOW_RISK.get(rnd.nextInt(LOW_RISK.size())) : "";
      double share = Math.round(rnd.nextDouble() * 100) / 100.0;
      lines.add(new String[] {"L" + i, mineral, String.valueOf(1 + rnd.nextInt(5000)), origin, refiner,
          String.valueOf(share), recovery});
    }
    Filiere before = assess(csv(lines), mineral);
    // raise the recycled share of the lines recovered in a low-risk country
    List<String[]> raised = new ArrayList<>();
    for (String[] l : lines) {
      String[] c = l.clone();
      if (!c[6].isEmpty()) {
        double s = Double.parseDouble(c[5]);
        c[5] = String.valueOf(Math.min(1, s + rnd.nextDouble() * (1 - s)));
      }
      raised.add(c);
    }
    Filiere after = assess(csv(raised), mineral);
    assertThat(after.risk()).as("filiere risk of %s: %s -> %s", mineral, csv(lines), csv(raised))
        .isLessThanOrEqualTo(before.risk() + 1e-9);
  }

  private static String csv(List<String[]> lines) {
    StringBuilder b = new StringBuilder("item,material,mass_kg,origin_country,refiner_country,recycled_share,"
        + "recycling_country\n");
    lines.forEach(l -> b.append(String.join(",", l)).append('\n'));
    return b.toString();
  }
}
