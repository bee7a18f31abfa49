package fr.vigie.engine.kernel;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.solution.Horizon;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelledTests {

  @Test
  void parsesIdsLeniently() {
    assertThat(Stage.fromId(" Pre-Treatment ")).isEqualTo(Stage.PRE_TREATMENT);
    assertThat(RiskCategory.fromId("human rights")).isEqualTo(RiskCategory.HUMAN_RIGHTS);
    assertThat(RiskLevel.fromId("VERY_HIGH")).isEqualTo(RiskLevel.VERY_HIGH);
    assertThat(Horizon.fromId("long")).isEqualTo(Horizon.LONG);
  }

  @Test
  void refusesUnknownIdsListingTheAcceptedOnes() {
    assertThatThrownBy(() -> Horizon.fromId("soon"))
        .isInstanceOf(ProblemException.class)
        .hasMessage("unknown horizon 'soon' (expected one of [short, medium, long])");
    assertThatThrownBy(() -> Stage.fromId(null)).hasMessageStartingWith("unknown stage 'null'");
  }

  @Test
  void namesFollowTheLanguage() {
    assertThat(Stage.REFINING.name(Locale.FRENCH)).isEqualTo("Affinage et transformation");
    assertThat(Stage.REFINING.name(Locale.ENGLISH)).isEqualTo("Refining and processing");
  }
}
