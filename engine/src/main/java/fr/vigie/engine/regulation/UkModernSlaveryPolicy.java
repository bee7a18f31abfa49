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
            ? Check.met(new Reason("headquarters in GB", "siège en GB"))
            : Check.isTrue(p.ukBusiness(), "uk_business",
                new Reason("carries on business in the UK", "exerce une activité au Royaume-Uni"),
                new Reason("does not carry on business in the UK",
                    "n'exerce pas d'activité au Royaume-Uni"));
    return Check.all(
        business,
        Check.atLeast(new Reason("total turnover", "chiffre d'affaires total"), p.turnoverGbp(),
            threshold(text, tier, "turnover_gbp_at_least"), Unit.GBP, "turnover_gbp"));
  }
}
