package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;

/**
 * German Supply Chain Due Diligence Act (LkSG): companies with their head office, principal place
 * of business, administrative seat, statutory seat or a branch in Germany and at least {@code
 * employees_germany_at_least} employees in Germany (phase-in: 3,000 from 2023, 1,000 from 2024).
 */
final class GermanSupplyChainActPolicy extends TierPolicy {
  public GermanSupplyChainActPolicy() {
    super("de-lksg", "employees_germany_at_least");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    return Check.employeesInAtLeast(
        p.employees(), "DE", threshold(text, tier, "employees_germany_at_least"), "employees");
  }
}
