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
        new Reason("imports goods into the United States (no size threshold)",
            "importe des marchandises aux États-Unis (pas de seuil de taille)"),
        new Reason("does not import goods into the United States",
            "n'importe pas de marchandises aux États-Unis"));
  }
}
