package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;

/**
 * US Dodd-Frank Act section 1502 (SEC Rule 13p-1, Form SD): SEC issuers for which the minerals the
 * text names (tin, tantalum, tungsten, gold) are necessary to products they manufacture or contract
 * to manufacture. No size threshold.
 */
final class DoddFrank1502Policy extends TierPolicy {
  public DoddFrank1502Policy() {
    super("us-dodd-frank-1502");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    return Check.all(
        Check.isTrue(p.secIssuer(), "sec_issuer",
            new Reason("files reports with the SEC (sec_issuer)",
                "dépose des rapports auprès de la SEC (sec_issuer)"),
            new Reason("is not an SEC issuer", "n'est pas un émetteur enregistré auprès de la SEC")),
        Check.usesAny(p.materialsUsed(), Check.ids(text.minerals()), new Reason("conflict minerals (3TG)", "minerais de conflit (3TG)")));
  }
}
