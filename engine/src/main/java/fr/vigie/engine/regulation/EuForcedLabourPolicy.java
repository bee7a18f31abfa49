package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;

/**
 * Regulation (EU) 2024/3015 (forced labour ban): any economic operator placing or making available
 * products on the EU market, or exporting them, whatever its size. Read from {@code
 * places_products_on_eu_market}; when absent, placing batteries or importing into the EU is taken
 * as evidence that the company places products on the EU market.
 */
public final class EuForcedLabourPolicy extends TierPolicy {
  public EuForcedLabourPolicy() {
    super("eu-forced-labour");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    if (p.placesProductsOnEuMarket().isPresent()) {
      return p.placesProductsOnEuMarket().get()
          ? Check.met("places products on the EU market (no size threshold)")
          : Check.notMet("does not place products on the EU market nor export them");
    }
    if (p.placesBatteriesOnEuMarket().orElse(false)) {
      return Check.met("places batteries on the EU market (no size threshold)");
    }
    if (p.euImports().map(l -> !l.isEmpty()).orElse(false)) {
      return Check.met("imports into the EU (no size threshold)");
    }
    return Check.unknown(
        "places_products_on_eu_market not given (the ban covers every product on the EU market)",
        "places_products_on_eu_market");
  }
}
