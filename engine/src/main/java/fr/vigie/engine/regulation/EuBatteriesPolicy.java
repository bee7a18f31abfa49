package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.Check.Unit;
import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;

/**
 * Regulation (EU) 2023/1542, battery due diligence (Articles 47-53): economic operators placing
 * batteries on the EU market, except those with a net turnover below {@code
 * turnover_eur_at_least}. The 2025 stop-the-clock regulation is a later regime of the data.
 */
final class EuBatteriesPolicy extends TierPolicy {
  public EuBatteriesPolicy() {
    super("eu-batteries", "turnover_eur_at_least");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    return Check.all(
        Check.isTrue(p.placesBatteriesOnEuMarket(), "places_batteries_on_eu_market",
            Reason.of("regulation.reason.eu_batteries.places_batteries_on_the_eu"),
            Reason.of("regulation.reason.eu_batteries.does_not_place_batteries_on")),
        Check.atLeast(Check.NET_TURNOVER, p.turnoverEur(),
            threshold(text, tier, "turnover_eur_at_least"), Unit.EUR, "turnover_eur"));
  }
}
