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
            new Reason("places batteries on the EU market", "met des batteries sur le marché de l'UE"),
            new Reason("does not place batteries on the EU market",
                "ne met pas de batteries sur le marché de l'UE")),
        Check.atLeast(Check.NET_TURNOVER, p.turnoverEur(),
            threshold(text, tier, "turnover_eur_at_least"), Unit.EUR, "turnover_eur"));
  }
}
