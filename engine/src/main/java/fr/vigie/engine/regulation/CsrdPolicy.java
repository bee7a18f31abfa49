package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.Check.Unit;
import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import java.util.List;

/**
 * Directive (EU) 2022/2464 (CSRD) for the value chain reporting it requires. A tier holds one of
 * three tests, chosen by the thresholds it carries: EU companies above {@code employees_more_than}
 * and {@code turnover_eur_more_than} (after Omnibus I); EU "large undertakings" exceeding two of
 * the {@code large_*} limits (before Omnibus I); non-EU groups above {@code
 * eu_turnover_eur_more_than} of EU turnover.
 */
final class CsrdPolicy extends TierPolicy {
  public CsrdPolicy() {
    super("eu-csrd", "employees_more_than", "turnover_eur_more_than", "large_employees_more_than",
        "large_turnover_eur_more_than", "large_balance_sheet_eur_more_than",
        "eu_turnover_eur_more_than");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    if (p.headquarters().isEmpty()) {
      return Check.headquartersUnknownEuOrNot();
    }
    String hq = p.headquarters().get();
    boolean eu = ctx.countries().isEuMember(hq);
    if (tier.threshold("eu_turnover_eur_more_than").isPresent()) {
      if (eu) {
        return Check.notMet(
            Reason.of("regulation.reason.csrd.the_phase_from_is_for",
                tier.appliesFrom(), hq));
      }
      return Check.moreThan(Check.NET_EU_TURNOVER, p.euTurnoverEur(),
          threshold(text, tier, "eu_turnover_eur_more_than"), Unit.EUR, "eu_turnover_eur");
    }
    if (!eu) {
      return Check.notMet(
          Reason.of("regulation.reason.csrd.the_phase_from_is_for_2",
              tier.appliesFrom(), hq));
    }
    if (tier.threshold("large_employees_more_than").isPresent()) {
      return Check.atLeastTwoOf(
          List.of(
              Check.moreThan(Check.EMPLOYEES_WORLDWIDE, p.employees().worldwide(),
                  threshold(text, tier, "large_employees_more_than"), Unit.COUNT,
                  "employees.worldwide"),
              Check.moreThan(Check.NET_TURNOVER, p.turnoverEur(),
                  threshold(text, tier, "large_turnover_eur_more_than"), Unit.EUR, "turnover_eur"),
              Check.moreThan(Check.BALANCE_SHEET, p.balanceSheetEur(),
                  threshold(text, tier, "large_balance_sheet_eur_more_than"), Unit.EUR,
                  "balance_sheet_eur")));
    }
    return Check.all(
        Check.moreThan(Check.EMPLOYEES_WORLDWIDE, p.employees().worldwide(),
            threshold(text, tier, "employees_more_than"), Unit.COUNT, "employees.worldwide"),
        Check.moreThan(Check.NET_TURNOVER, p.turnoverEur(),
            threshold(text, tier, "turnover_eur_more_than"), Unit.EUR, "turnover_eur"));
  }
}
