package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.Check.Unit;
import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;

/**
 * Regulation (EU) 2024/1252 (Critical Raw Materials Act), Article 24 risk preparedness: large
 * companies (more than {@code employees_more_than} employees and more than {@code
 * turnover_eur_more_than} turnover) manufacturing strategic technologies with the strategic raw
 * materials the text names.
 */
final class EuCriticalRawMaterialsPolicy extends TierPolicy {
  public EuCriticalRawMaterialsPolicy() {
    super("eu-crma", "employees_more_than", "turnover_eur_more_than");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    return Check.all(
        Check.isTrue(p.manufacturesStrategicTechnologies(), "manufactures_strategic_technologies",
            Reason.of("regulation.reason.eu_critical_raw_materials.manufactures_strategic_technologies"),
            Reason.of("regulation.reason.eu_critical_raw_materials.does_not_manufacture_strategic_technologies")),
        Check.moreThan(Check.EMPLOYEES_WORLDWIDE, p.employees().worldwide(),
            threshold(text, tier, "employees_more_than"), Unit.COUNT, "employees.worldwide"),
        Check.moreThan(Check.NET_TURNOVER, p.turnoverEur(),
            threshold(text, tier, "turnover_eur_more_than"), Unit.EUR, "turnover_eur"),
        Check.usesAny(p.materialsUsed(), Check.ids(text.minerals()), Reason.of("regulation.reason.eu_critical_raw_materials.strategic_raw_materials")));
  }
}
