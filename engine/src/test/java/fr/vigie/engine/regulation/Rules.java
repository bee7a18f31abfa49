package fr.vigie.engine.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.CompanyProfileReader;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import java.time.LocalDate;

/** Test support: the built-in catalogue, profiles written as YAML, and outcome assertions. */
final class Rules {
  static final RegulationCatalog CATALOG = RegulationCatalog.builtIn();
  static final ApplicabilityEngine ENGINE =
      new ApplicabilityEngine(CATALOG, CountryDirectory.builtIn());
  /** The fixed reference date of the tests (the knowledge base's "as of" date). */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  static final fr.vigie.engine.kernel.Messages ENGLISH =
      fr.vigie.engine.kernel.Messages.of(java.util.Locale.ENGLISH, CATALOG.termNames());
  static final fr.vigie.engine.kernel.Messages FRENCH =
      fr.vigie.engine.kernel.Messages.of(java.util.Locale.FRENCH, CATALOG.termNames());

  private Rules() {}

  static CompanyProfile profile(String yaml) {
    return new CompanyProfileReader(CountryDirectory.builtIn())
        .read("test-profile.yaml", "name: Test company\n" + yaml)
        .profile();
  }

  static RegulationAssessment assess(String id, String yaml, LocalDate date) {
    return ENGINE.assess(CATALOG.find(id).orElseThrow(), profile(yaml), date);
  }

  static RegulationAssessment assess(String id, String yaml) {
    return assess(id, yaml, AS_OF);
  }

  /** Asserts "applies from {@code from}" and returns the outcome. */
  static Applicability.Applies applies(RegulationAssessment a, String from) {
    assertThat(a.outcome()).as(String.join("\n", a.outcome().reasons(Rules.ENGLISH)))
        .isInstanceOf(Applicability.Applies.class);
    Applicability.Applies ap = (Applicability.Applies) a.outcome();
    assertThat(ap.from()).isEqualTo(LocalDate.parse(from));
    return ap;
  }

  static Applicability.DoesNotApply doesNotApply(RegulationAssessment a) {
    assertThat(a.outcome()).as(String.join("\n", a.outcome().reasons(Rules.ENGLISH)))
        .isInstanceOf(Applicability.DoesNotApply.class);
    return (Applicability.DoesNotApply) a.outcome();
  }

  static Applicability.CannotTell cannotTell(RegulationAssessment a, String... missing) {
    assertThat(a.outcome()).as(String.join("\n", a.outcome().reasons(Rules.ENGLISH)))
        .isInstanceOf(Applicability.CannotTell.class);
    Applicability.CannotTell c = (Applicability.CannotTell) a.outcome();
    assertThat(c.missingFacts()).contains(missing);
    return c;
  }
}
