package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;

/**
 * US Uyghur Forced Labor Prevention Act (Public Law 117-78): a rebuttable presumption that goods
 * made wholly or in part in Xinjiang, or by listed entities, are made with forced labour and may
 * not enter the United States. Concerns every company importing into the US, whatever its size.
 */
final class UsUyghurForcedLaborPolicy extends TierPolicy {
  public UsUyghurForcedLaborPolicy() {
    super("us-uflpa");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    return Check.isTrue(p.importsIntoUs(), "imports_into_us",
        Reason.of("regulation.reason.us_uyghur_forced_labor.imports_goods_into_the_united"),
        Reason.of("regulation.reason.us_uyghur_forced_labor.does_not_import_goods_into"));
  }
}
