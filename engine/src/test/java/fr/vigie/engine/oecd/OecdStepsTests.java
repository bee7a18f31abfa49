package fr.vigie.engine.oecd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.regulation.profile.ChainPosition;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shipped catalogue of the five steps, and the reader's refusals. */
class OecdStepsTests {
  private final OecdSteps steps = OecdSteps.loadDefault();

  @Test
  void fiveStepsWithTheGuidancesLetteredSubSteps() {
    // Annex I: Step 1 A to E, Step 2 A and B, Step 3 A to D, Step 4 (upstream audit; downstream
    // reliance on the audits, from the supplements), Step 5
    assertThat(steps.steps()).hasSize(5);
    assertThat(steps.subSteps()).extracting(SubStep::code)
        .containsExactly("1a", "1b", "1c", "1d", "1e", "2a", "2b", "3a", "3b", "3c", "3d", "4a", "4b", "5a");
    assertThat(steps.step(1).subSteps()).hasSize(5);
    assertThat(steps.step(4).subSteps(Side.UPSTREAM)).extracting(SubStep::code).containsExactly("4a");
    assertThat(steps.step(4).subSteps(Side.DOWNSTREAM)).extracting(SubStep::code).containsExactly("4b");
    // every sub-step cites its section; the unchecked structure is marked
    assertThat(steps.subSteps()).allMatch(s -> s.section().equals("annex_i") || !s.structureVerified());
    assertThat(steps.subStep("4b").orElseThrow().structureVerified()).isFalse();
    assertThat(steps.subSteps()).noneMatch(SubStep::pageVerified);
    assertThat(steps.subStep("1E")).map(SubStep::practices).get().asList().contains("grievance-mechanism");
  }

  @Test
  void namesAndSideTextsInBothLanguages() {
    Messages en = Messages.english();
    Messages fr = Messages.of(Locale.FRENCH);
    for (SubStep s : steps.subSteps()) {
      for (Side side : Side.values()) {
        assertThat(en.render(s.description(side))).doesNotStartWith("??");
        assertThat(fr.render(s.description(side))).doesNotStartWith("??").doesNotContain("''");
        assertThat(en.render(s.description(side))).doesNotContain("''");
      }
      assertThat(fr.render(s.name())).doesNotStartWith("??");
    }
    assertThat(en.render(steps.subStep("1c").orElseThrow().description(Side.UPSTREAM))).contains("chain of custody");
    assertThat(en.render(steps.subStep("1e").orElseThrow().source())).isEqualTo("Annex I, Step 1.E");
    assertThat(fr.render(steps.subStep("4b").orElseThrow().source()))
        .isEqualTo("Suppléments, étape 4 (entreprises en aval)");
    assertThat(en.render(steps.step(4).name())).contains("smelters' and refiners'");
    assertThat(fr.render(steps.step(5).name())).isEqualTo("Étape 5 : rendre compte chaque année du devoir de diligence");
    assertThat(Side.of(ChainPosition.REFINER_SMELTER)).isEqualTo(Side.UPSTREAM);
    assertThat(Side.of(ChainPosition.TRADER_IMPORTER)).isEqualTo(Side.DOWNSTREAM);
  }

  @Test
  void unknownCodeIsAProblemNamingThePlace() {
    assertThatThrownBy(() -> steps.require("6a", "code"))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.problems().get(0).code()).isEqualTo("oecd.unknown_sub_step");
          assertThat(e.problems().get(0).path()).isEqualTo("code");
        });
  }

  @Test
  void readerRefusesACodeThatDoesNotMatchItsStep() {
    String stepsCsv = "step,section,reference,page,page_verified,practices\n1,annex_i,1,,false,\n";
    String subs = "code,step,section,reference,page,page_verified,structure_verified,sides,side_texts,practices\n"
        + "2a,1,annex_i,2.A,,false,true,both,false,\n";
    assertThatThrownBy(() -> OecdSteps.read("steps.csv", stepsCsv, "sub-steps.csv", subs))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.problems().get(0).code()).isEqualTo("oecd.bad_code");
          assertThat(e.problems().get(0).line()).isEqualTo(2);
        });
  }
}
