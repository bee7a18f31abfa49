package fr.vigie.engine.assessment;

import static fr.vigie.engine.assessment.Fixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.assessment.Assessment.CountryWeight;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.risk.RiskEngine;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Known answers: the assessment keeps the unattributed world production, as the mineral page does. */
class WorldShareTests {

  @Test
  void cobaltRefiningKeepsTheRestOfWorldInSharesAndHhi() {
    // Cobalt bought with neither mine nor refiner known: the refining mix is the world mix of the
    // preferred series, IEA GCMO 2024, refining 2023 (kt): China 171.7, Finland 18.8, Canada 6.9,
    // Japan 5.6, rest of world 20.8, total 223.8. Shares as published: China 171.7 / 223.8 = 0.767203,
    // rest of world 20.8 / 223.8 = 0.092940 (not China 0.767203 / 0.907060 = 0.8458 as when the rest
    // of world was dropped). HHI over the countries: 0.767203^2 + 0.084004^2 + 0.030831^2 +
    // 0.025022^2 = 0.588600 + 0.007057 + 0.000951 + 0.000626 = 0.597233 (0.73 when dropped).
    Assessment a = Fixtures.assessor().assess(Fixtures.profile(Fixtures.PROFILE), Fixtures.ledger("""
        item,material,mass_kg,origin_country,refiner_country,recycled_share
        BAT-1,cobalt,1000,,,
        """), Optional.empty(), Optional.empty(), DATE);
    Filiere cobalt = a.filiere("cobalt").orElseThrow();
    StageExposure refining = cobalt.stage(Stage.REFINING).orElseThrow();
    // (the published shares add up to 1.000001: scaled back to 1, a change below 1e-6)
    assertThat(refining.countries().get(0).country()).isEqualTo("CHN");
    assertThat(refining.countries().get(0).share()).isCloseTo(0.767203, within(1e-6));
    CountryWeight rest = refining.countries().stream().filter(c -> c.country().equals("OTHER")).findFirst()
        .orElseThrow();
    assertThat(rest.share()).isCloseTo(0.09294, within(1e-6));
    assertThat(rest.source()).isEqualTo("world");
    assertThat(refining.countries().stream().mapToDouble(CountryWeight::share).sum()).isCloseTo(1.0, within(1e-6));
    assertThat(refining.hhi().orElseThrow()).isCloseTo(0.597233, within(1e-6));

    // the same HHI as the mineral page's (the risk engine's stage over the preferred series)
    double page = RiskEngine.loadDefault().mineral(new MineralId("cobalt")).stages().stream()
        .filter(s -> s.risk().stage() == Stage.REFINING).findFirst().orElseThrow().risk().hhi().getAsDouble();
    assertThat(refining.hhi().orElseThrow()).isCloseTo(page, within(1e-5));
    // the filiere's concentration is the larger world HHI: refining 0.597 (extraction, USGS 2024e:
    // DRC 0.763359^2 = 0.582717 plus the other countries' squares = 0.594080, below refining)
    assertThat(cobalt.concentration()).isCloseTo(0.597233, within(1e-6));
  }
}
