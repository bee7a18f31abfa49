package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.Check.Unit;
import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import java.util.List;

/**
 * Norwegian Transparency Act (LOV-2021-06-18-99), sections 2 and 3: a larger enterprise (exceeding
 * two of {@code sales_revenue_nok_more_than}, {@code balance_sheet_nok_more_than} and {@code
 * employees_more_than} full-time equivalents) that is resident in Norway, or that is foreign,
 * offers goods or services in Norway and is liable to tax in Norway.
 */
final class NorwegianTransparencyPolicy extends TierPolicy {
  public NorwegianTransparencyPolicy() {
    super("no-transparency-act", "sales_revenue_nok_more_than", "balance_sheet_nok_more_than",
        "employees_more_than");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    Check presence;
    if (p.headquarters().isEmpty()) {
      presence = Check.unknown(Reason.of("regulation.reason.tier.headquarters_not_given_must_be", "NO"),
          "headquarters");
    } else if (p.headquarters().get().equals("NO")) {
      presence = Check.met(Reason.of("regulation.reason.tier.headquarters_in", "NO"));
    } else {
      presence = Check.all(
          Check.isTrue(p.offersGoodsOrServicesInNorway(), "offers_goods_or_services_in_norway",
              Reason.of("regulation.reason.norwegian_transparency.offers_in_norway"),
              Reason.of("regulation.reason.norwegian_transparency.does_not_offer_in_norway")),
          Check.isTrue(p.taxableInNorway(), "taxable_in_norway",
              Reason.of("regulation.reason.norwegian_transparency.taxable_in_norway"),
              Reason.of("regulation.reason.norwegian_transparency.not_taxable_in_norway")));
    }
    Check larger =
        Check.atLeastTwoOf(
            List.of(
                Check.moreThan(Reason.of("regulation.reason.norwegian_transparency.sales_revenue"),
                    p.turnoverNok(), threshold(text, tier, "sales_revenue_nok_more_than"), Unit.NOK,
                    "turnover_nok"),
                Check.moreThan(Check.BALANCE_SHEET, p.balanceSheetNok(),
                    threshold(text, tier, "balance_sheet_nok_more_than"), Unit.NOK,
                    "balance_sheet_nok"),
                Check.moreThan(Check.EMPLOYEES_WORLDWIDE, p.employees().worldwide(),
                    threshold(text, tier, "employees_more_than"), Unit.COUNT,
                    "employees.worldwide")));
    return Check.all(presence, larger);
  }
}
