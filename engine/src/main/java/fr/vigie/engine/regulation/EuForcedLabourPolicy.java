package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;

/**
 * Regulation (EU) 2024/3015 (forced labour ban): any economic operator placing or making available
 * products on the EU market, or exporting them, whatever its size. Read from {@code
 * places_products_on_eu_market}; when absent, placing batteries or importing into the EU is taken
 * as evidence that the company places products on the EU market.
 */
final class EuForcedLabourPolicy extends TierPolicy {
  public EuForcedLabourPolicy() {
    super("eu-forced-labour");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    if (p.placesProductsOnEuMarket().isPresent()) {
      return p.placesProductsOnEuMarket().get()
          ? Check.met(Reason.of("regulation.reason.eu_forced_labour.places_products_on_the_eu"))
          : Check.notMet(Reason.of("regulation.reason.eu_forced_labour.does_not_place_products_on"));
    }
    if (p.placesBatteriesOnEuMarket().orElse(false)) {
      return Check.met(Reason.of("regulation.reason.eu_forced_labour.places_batteries_on_the_eu"));
    }
    if (p.euImports().map(l -> !l.isEmpty()).orElse(false)) {
      return Check.met(Reason.of("regulation.reason.eu_forced_labour.imports_into_the_eu_no"));
    }
    return Check.unknown(
        Reason.of("regulation.reason.eu_forced_labour.places_products_on_eu_market"),
        "places_products_on_eu_market");
  }
}
