package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.Check.Unit;
import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;

/**
 * UK Modern Slavery Act 2015, section 54: commercial organisations supplying goods or services
 * that carry on a business, or part of one, in the UK, with a total turnover (with subsidiaries)
 * of at least {@code turnover_gbp_at_least}. Headquarters in GB counts as carrying on business in
 * the UK when {@code uk_business} is not given.
 */
final class UkModernSlaveryPolicy extends TierPolicy {
  public UkModernSlaveryPolicy() {
    super("uk-modern-slavery", "turnover_gbp_at_least");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    Check business =
        p.ukBusiness().isEmpty() && p.headquarters().map("GB"::equals).orElse(false)
            ? Check.met(Reason.of("regulation.reason.uk_modern_slavery.headquarters_in_gb"))
            : Check.isTrue(p.ukBusiness(), "uk_business",
                Reason.of("regulation.reason.uk_modern_slavery.carries_on_business_in_the"),
                Reason.of("regulation.reason.uk_modern_slavery.does_not_carry_on_business"));
    return Check.all(
        business,
        Check.atLeast(Reason.of("regulation.reason.uk_modern_slavery.total_turnover"), p.turnoverGbp(),
            threshold(text, tier, "turnover_gbp_at_least"), Unit.GBP, "turnover_gbp"));
  }
}
