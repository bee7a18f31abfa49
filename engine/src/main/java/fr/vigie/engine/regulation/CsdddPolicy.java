package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.Check.Unit;
import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;

/**
 * Directive (EU) 2024/1760 (CSDDD): an EU company with more than {@code employees_more_than}
 * employees and more than {@code turnover_eur_more_than} net worldwide turnover, or a non-EU
 * company with more than {@code eu_turnover_eur_more_than} net turnover in the EU. Phase-ins are
 * tiers; the stop-the-clock directive and Omnibus I are later regimes of the data.
 */
final class CsdddPolicy extends TierPolicy {
  public CsdddPolicy() {
    super("eu-csddd", "employees_more_than", "turnover_eur_more_than", "eu_turnover_eur_more_than");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    if (p.headquarters().isEmpty()) {
      return Check.headquartersUnknownEuOrNot();
    }
    String hq = p.headquarters().get();
    if (ctx.countries().isEuMember(hq)) {
      return Check.all(
          Check.met(Reason.of("regulation.reason.csddd.headquarters_in_eu_member_state", hq)),
          Check.moreThan(Check.EMPLOYEES_WORLDWIDE, p.employees().worldwide(),
              threshold(text, tier, "employees_more_than"), Unit.COUNT, "employees.worldwide"),
          Check.moreThan(
              Reason.of("regulation.reason.csddd.net_worldwide_turnover"), p.turnoverEur(),
              threshold(text, tier, "turnover_eur_more_than"), Unit.EUR, "turnover_eur"));
    }
    return Check.all(
        Check.met(Reason.of("regulation.reason.csddd.headquarters_in_outside_the_eu", hq)),
        Check.moreThan(Check.NET_EU_TURNOVER, p.euTurnoverEur(),
            threshold(text, tier, "eu_turnover_eur_more_than"), Unit.EUR, "eu_turnover_eur"));
  }
}
