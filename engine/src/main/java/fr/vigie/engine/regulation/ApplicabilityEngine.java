package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers "which texts apply to us, why, what they require, by when" for a company profile on a
 * reference date: for each text of the catalogue, selects the version of its scope rules in effect
 * on that date and runs its policy.
 */
public final class ApplicabilityEngine {
  private final RegulationCatalog catalog;
  private final CountryDirectory countries;

  public ApplicabilityEngine(RegulationCatalog catalog, CountryDirectory countries) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.countries = Objects.requireNonNull(countries, "countries");
  }

  /** Every text of the catalogue, in catalogue order. */
  public List<RegulationAssessment> assess(CompanyProfile profile, LocalDate date) {
    return catalog.texts().stream().map(t -> assess(t, profile, date)).toList();
  }

  public RegulationAssessment assess(Regulation text, CompanyProfile profile, LocalDate date) {
    Optional<ScopeRegime> regime = text.regimeAt(date);
    Applicability outcome;
    if (regime.isEmpty()) {
      outcome =
          new Applicability.DoesNotApply(
              List.of(
                  Reason.of("regulation.reason.applicability_engine.does_not_apply_was_not",
                      Reason.of("regulation.reason.text_title", text.reference(), text.term()), date,
                      text.regimes().get(0).inEffectFrom())));
    } else {
      Optional<ApplicabilityPolicy> policy = catalog.policy(text.id());
      outcome =
          policy.isEmpty()
              ? new Applicability.CannotTell(
                  List.of(),
                  List.of(
                      Reason.of("regulation.reason.applicability_engine.cannot_tell_no_applicability_rule",
                          text.id())))
              : policy
                  .get()
                  .evaluate(text, regime.get(), profile,
                      new ApplicabilityPolicy.Context(date, countries));
    }
    if (text.voluntary() && outcome instanceof Applicability.Applies ap) {
      // a voluntary framework binds nobody: what a rule finds "applies" is a recommendation
      outcome = new Applicability.Recommended(ap.from(), ap.why());
    }
    List<Regulation.Obligation> obligations =
        outcome instanceof Applicability.DoesNotApply ? List.of() : text.obligations();
    return new RegulationAssessment(text, date, text.status(date), outcome, obligations);
  }
}
