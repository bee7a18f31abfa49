package fr.vigie.engine.oecd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.oecd.MaturityPolicy.Band;
import fr.vigie.engine.oecd.MaturityPolicy.Level;
import fr.vigie.engine.oecd.MaturityPolicy.Maturity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known-answer tests of the maturity policy, computed by hand. */
class MaturityPolicyTests {
  private static final OecdSteps CATALOGUE = OecdSteps.loadDefault();
  private static final MaturityPolicy POLICY = new MaturityPolicy(CATALOGUE);
  private static final String CO = StepEntry.COMPANY;

  /**
   * Company-wide: 1a implemented with one piece of evidence, 1b implemented without, 2a in
   * progress, 4b implemented with evidence. Tin: 1c in progress, 1d not applicable, 2a implemented
   * with two pieces of evidence, 5a not applicable. Nothing else recorded (not started).
   */
  private static final DueDiligenceSteps STEPS = DueDiligenceSteps.of(CATALOGUE, List.of(
      new StepEntry(CO, "1a", StepStatus.IMPLEMENTED, 1),
      new StepEntry(CO, "1b", StepStatus.IMPLEMENTED, 0),
      new StepEntry(CO, "2a", StepStatus.IN_PROGRESS, 0),
      new StepEntry(CO, "4b", StepStatus.IMPLEMENTED, 1),
      new StepEntry("tin", "1c", StepStatus.IN_PROGRESS, 0),
      new StepEntry("tin", "1d", StepStatus.NOT_APPLICABLE, 0),
      new StepEntry("tin", "2a", StepStatus.IMPLEMENTED, 2),
      new StepEntry("tin", "5a", StepStatus.NOT_APPLICABLE, 0)));

  @Test
  void downstreamFiliereByHand() {
    Maturity tin = POLICY.filiere(STEPS, "tin", Side.DOWNSTREAM);
    // step 1: 1a 3 (company, evidenced) + 1b 2 (company, no evidence) + 1c 1 (in progress) + 1e 0;
    //   1d left out: 6 of 4 x 3 = 12 points = 50
    // step 2: 2a max(tin evidenced 3, company in progress 1) = 3, 2b 0: 3 of 6 = 50
    // step 3: 3a-3d not started: 0 of 12 = 0
    // step 4 (downstream: 4b only): company evidenced 3 of 3 = 100
    // step 5: 5a not applicable: step left out
    // maturity = (50 + 50 + 0 + 100) / 4 = 50: established (50 to 75)
    assertThat(tin.steps()).extracting(s -> s.score().orElse(-1.0))
        .containsExactly(50.0, 50.0, 0.0, 100.0, -1.0);
    assertThat(tin.score()).isCloseTo(50.0, within(1e-9));
    assertThat(tin.band()).isEqualTo(Band.ESTABLISHED);
    assertThat(tin.level("2a")).isEqualTo(Level.EVIDENCED);
    assertThat(tin.level("1d")).isEqualTo(Level.NOT_APPLICABLE);
    assertThat(tin.levels()).doesNotContainKey("4a");
    assertThat(tin.steps().get(0).count(Level.IMPLEMENTED)).isEqualTo(1);
    assertThat(Messages.english().render(tin.explanation().get(tin.explanation().size() - 1)))
        .isEqualTo("4 steps counted, maturity 50 out of 100: established (policy oecd-steps-maturity-1).");
  }

  @Test
  void upstreamFiliereCountsTheAuditNotTheReliance() {
    // upstream, step 4 is 4a (the audit itself), not started: 0 of 3 = 0; steps 1-3 as downstream
    // maturity = (50 + 50 + 0 + 0) / 4 = 25: developing (25 to 50)
    Maturity tin = POLICY.filiere(STEPS, "tin", Side.UPSTREAM);
    assertThat(tin.score()).isCloseTo(25.0, within(1e-9));
    assertThat(tin.band()).isEqualTo(Band.DEVELOPING);
  }

  @Test
  void companyIsItsWeakestFiliere() {
    // cobalt has no entry of its own: 1a 3, 1b 2, 1c 0, 1d 0, 1e 0, 2a 1 (company in progress),
    //   2b 0, 3a-3d 0, 4b 3, 5a 0
    // weakest of tin and cobalt, a not applicable one aside: 1a 3, 1b 2, 1c min(1, 0) = 0,
    //   1d cobalt 0, 1e 0 -> step 1: 5 of 15 = 33.33; 2a min(3, 1) = 1, 2b 0 -> 1 of 6 = 16.67;
    //   step 3: 0; step 4: 3 of 3 = 100; 5a cobalt 0 -> 0
    // maturity = (33.33 + 16.67 + 0 + 100 + 0) / 5 = 150 / 5 = 30: developing
    Map<String, Side> filieres = new LinkedHashMap<>();
    filieres.put("tin", Side.DOWNSTREAM);
    filieres.put("cobalt", Side.DOWNSTREAM);
    Maturity company = POLICY.company(STEPS, filieres, Side.DOWNSTREAM);
    assertThat(company.steps().get(0).score().orElseThrow()).isCloseTo(100.0 * 5 / 15, within(1e-9));
    assertThat(company.steps().get(1).score().orElseThrow()).isCloseTo(100.0 / 6, within(1e-9));
    assertThat(company.score()).isCloseTo(30.0, within(1e-9));
    assertThat(company.band()).isEqualTo(Band.DEVELOPING);
    assertThat(company.level("2a")).isEqualTo(Level.IN_PROGRESS);
    assertThat(Messages.english().render(company.explanation().get(0)))
        .isEqualTo("Company-wide, each sub-step counts at the level of the least advanced of the 2 filieres.");
  }

  @Test
  void companyWithoutFiliereReadsItsOwnEntries() {
    // 1a 3, 1b 2, 1c-1e 0 -> 5 of 15; 2a 1, 2b 0 -> 1 of 6; step 3 0; 4b 3 -> 100; 5a 0
    // (100/3 + 100/6 + 0 + 100 + 0) / 5 = 30
    Maturity company = POLICY.company(STEPS, Map.of(), Side.DOWNSTREAM);
    assertThat(company.score()).isCloseTo(30.0, within(1e-9));
  }

  @Test
  void evidencedSubStepsPutTheirPracticesInPlace() {
    Maturity tin = POLICY.filiere(STEPS, "tin", Side.DOWNSTREAM);
    // evidenced: 1a, 2a, 4b; step 4 has every sub-step left evidenced, steps 1 and 2 do not
    assertThat(POLICY.practices(tin)).contains("due-diligence-policy", "cmrt_survey", "smelter_audit_check",
        "step-4-audit", "oecd_step4_third_party_audit");
    assertThat(POLICY.practices(tin)).doesNotContain("management-system", "step-1-management-systems",
        "step-2-identify-assess", "public-reporting");
    // nothing recorded: nothing in place, maturity 0
    Maturity none = POLICY.filiere(DueDiligenceSteps.none(CATALOGUE), "tin", Side.DOWNSTREAM);
    assertThat(POLICY.practices(none)).isEmpty();
    assertThat(none.score()).isZero();
    assertThat(none.band()).isEqualTo(Band.INITIAL);
  }

  @Test
  void aScopeWithTheSameSubStepTwiceIsRefusedAtItsPlace() {
    assertThatThrownBy(() -> DueDiligenceSteps.of(CATALOGUE, List.of(
        new StepEntry("tin", "1a", StepStatus.IN_PROGRESS, 0),
        new StepEntry("tin", "1A", StepStatus.IMPLEMENTED, 0),
        new StepEntry("tin", "9z", StepStatus.IMPLEMENTED, 0))))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.problems()).extracting(p -> p.code())
              .containsExactly("oecd.duplicate_entry", "oecd.unknown_sub_step");
          assertThat(e.problems()).extracting(p -> p.path())
              .containsExactly("entries[1].code", "entries[2].code");
        });
  }
}
