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
          ? Check.met(new Reason("places products on the EU market (no size threshold)",
              "met des produits sur le marché de l'UE (pas de seuil de taille)"))
          : Check.notMet(new Reason("does not place products on the EU market nor export them",
              "ne met pas de produits sur le marché de l'UE et n'en exporte pas"));
    }
    if (p.placesBatteriesOnEuMarket().orElse(false)) {
      return Check.met(new Reason("places batteries on the EU market (no size threshold)",
          "met des batteries sur le marché de l'UE (pas de seuil de taille)"));
    }
    if (p.euImports().map(l -> !l.isEmpty()).orElse(false)) {
      return Check.met(new Reason("imports into the EU (no size threshold)",
          "importe dans l'UE (pas de seuil de taille)"));
    }
    return Check.unknown(
        new Reason(
            "places_products_on_eu_market not given (the ban covers every product on the EU market)",
            "places_products_on_eu_market non renseigné (l'interdiction couvre tout produit sur le"
                + " marché de l'UE)"),
        "places_products_on_eu_market");
  }
}
