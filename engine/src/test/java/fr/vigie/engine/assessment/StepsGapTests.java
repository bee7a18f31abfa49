package fr.vigie.engine.assessment;

import static fr.vigie.engine.assessment.Fixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.oecd.DueDiligenceSteps;
import fr.vigie.engine.oecd.OecdSteps;
import fr.vigie.engine.oecd.StepEntry;
import fr.vigie.engine.oecd.StepStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gap analysis reads the OECD steps' evidenced sub-steps besides the profile's practices. */
class StepsGapTests {
  private static Assessment assess(Optional<DueDiligenceSteps> steps) {
    return Fixtures.assessor().assess(Fixtures.profile(Fixtures.PROFILE), AssessorTests.LEDGER, Optional.empty(),
        Optional.empty(), DATE, steps);
  }

  private static Optional<Recommendation> rec(Assessment a, String material, String id) {
    return a.filiere(material).orElseThrow().recommendations().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private static Optional<Recommendation> companyObligation(Assessment a, String text, String id) {
    return a.companyObligations().stream()
        .filter(r -> r.regulation().equals(Optional.of(text)) && r.id().equals(id)).findFirst();
  }

  @Test
  void withoutStepsTheAssessmentIsTheSame() {
    Assessment before = Fixtures.assessor().assess(Fixtures.profile(Fixtures.PROFILE), AssessorTests.LEDGER,
        Optional.empty(), Optional.empty(), DATE);
    Assessment none = assess(Optional.empty());
    assertThat(none.filieres()).isEqualTo(before.filieres());
    assertThat(none.companyObligations()).isEqualTo(before.companyObligations());
    assertThat(none.roadmap()).isEqualTo(before.roadmap());
  }

  @Test
  void anEvidencedSubStepClosesItsGapInItsFiliereOnly() {
    // Scenario: the profile (practices cmrt-survey, rmi_rmap, vigilance-plan; a downstream buyer)
    // has no supplier engagement. Tin's 1.D "engagement with suppliers" is implemented with one
    // piece of evidence; copper's is implemented without evidence; 5.A "annual public report" is
    // implemented company-wide with evidence.
    DueDiligenceSteps steps = DueDiligenceSteps.of(OecdSteps.loadDefault(), List.of(
        new StepEntry("tin", "1d", StepStatus.IMPLEMENTED, 1),
        new StepEntry("copper", "1d", StepStatus.IMPLEMENTED, 0),
        new StepEntry(StepEntry.COMPANY, "5a", StepStatus.IMPLEMENTED, 2)));
    Assessment without = assess(Optional.empty());
    Assessment with = assess(Optional.of(steps));

    // before: supplier engagement is a gap in tin and copper, the OECD step 5 a company-wide gap
    assertThat(rec(without, "tin", "supplier_engagement")).map(Recommendation::inPlace).contains(false);
    assertThat(rec(without, "copper", "supplier_engagement")).map(Recommendation::inPlace).contains(false);
    assertThat(companyObligation(without, "oecd-ddg", "step-5-report")).map(Recommendation::inPlace).contains(false);
    // after: in place in tin (evidenced), still a gap in copper (implemented, no evidence)
    assertThat(rec(with, "tin", "supplier_engagement")).map(Recommendation::inPlace).contains(true);
    assertThat(rec(with, "tin", "sourcing_clauses")).map(Recommendation::inPlace).contains(true);
    assertThat(rec(with, "copper", "supplier_engagement")).map(Recommendation::inPlace).contains(false);
    // 5.A evidenced company-wide counts in every filiere, so for the company: step 5 is in place
    assertThat(companyObligation(with, "oecd-ddg", "step-5-report")).map(Recommendation::inPlace).contains(true);
    Filiere tin = with.filiere("tin").orElseThrow();
    assertThat(tin.gap()).noneMatch(r -> r.id().equals("supplier_engagement"));
    assertThat(with.roadmap().stream().filter(r -> r.id().equals("step-5-report"))).isEmpty();
    assertThat(without.roadmap().stream().filter(r -> r.id().equals("step-5-report"))).isNotEmpty();
  }
}
