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
            Reason.of("regulation.reason.dodd_frank1502.files_reports_with_the_sec"),
            Reason.of("regulation.reason.dodd_frank1502.is_not_an_sec_issuer")),
        Check.usesAny(p.materialsUsed(), Check.ids(text.minerals()), Reason.of("regulation.reason.dodd_frank1502.conflict_minerals_3tg")));
  }
}
