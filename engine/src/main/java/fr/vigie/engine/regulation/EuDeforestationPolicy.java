package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.Check.Unit;
import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import java.util.List;

/**
 * Regulation (EU) 2023/1115 (deforestation): operators and traders placing the relevant
 * commodities (the text's products, matched against the profile's {@code materials_used}) on the EU
 * market. A tier carrying the {@code small_*_limit} thresholds is for companies that are not micro
 * or small (they exceed two of the three limits of Directive 2013/34); a tier without them is for
 * everyone (the later date of micro and small companies).
 */
final class EuDeforestationPolicy extends TierPolicy {
  public EuDeforestationPolicy() {
    super("eu-deforestation", "small_employees_limit", "small_turnover_eur_limit",
        "small_balance_sheet_eur_limit");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    Check commodity = Check.usesAny(p.materialsUsed(), text.products(), Reason.of("regulation.reason.eu_deforestation.relevant_commodities"), "commodity");
    if (tier.threshold("small_employees_limit").isEmpty()) {
      return commodity;
    }
    Check notSmall =
        Check.atLeastTwoOf(
            List.of(
                Check.moreThan(Check.EMPLOYEES_WORLDWIDE, p.employees().worldwide(),
                    threshold(text, tier, "small_employees_limit"), Unit.COUNT,
                    "employees.worldwide"),
                Check.moreThan(Check.NET_TURNOVER, p.turnoverEur(),
                    threshold(text, tier, "small_turnover_eur_limit"), Unit.EUR, "turnover_eur"),
                Check.moreThan(Check.BALANCE_SHEET, p.balanceSheetEur(),
                    threshold(text, tier, "small_balance_sheet_eur_limit"), Unit.EUR,
                    "balance_sheet_eur")));
    return Check.all(commodity, notSmall);
  }
}
