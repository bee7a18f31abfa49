package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.Check.Unit;
import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.EuEntity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Directive (EU) 2022/2464 (CSRD) for the value chain reporting it requires. A tier holds one of
 * four tests, chosen by the thresholds it carries:
 *
 * <ul>
 *   <li>{@code pie_employees_more_than}: the first wave (Article 5(2)(a)), EU public-interest
 *       entities (or companies listed on an EU regulated market) above that many employees that
 *       are also large (the {@code large_*} limits, or {@code employees_more_than} and {@code
 *       turnover_eur_more_than} after Omnibus I);
 *   <li>{@code large_*}: EU "large undertakings" exceeding two of the three limits;
 *   <li>{@code employees_more_than} and {@code turnover_eur_more_than}: EU companies above both
 *       (after Omnibus I);
 *   <li>{@code eu_turnover_eur_more_than}: non-EU groups (Article 40a) above that EU turnover with
 *       an EU subsidiary ({@code eu_subsidiary_large_*}: a large one; {@code
 *       eu_subsidiary_turnover_eur_more_than}: one above that turnover) or an EU branch above
 *       {@code eu_branch_turnover_eur_more_than}.
 * </ul>
 */
final class CsrdPolicy extends TierPolicy {
  public CsrdPolicy() {
    super("eu-csrd", "employees_more_than", "turnover_eur_more_than", "large_employees_more_than",
        "large_turnover_eur_more_than", "large_balance_sheet_eur_more_than",
        "eu_turnover_eur_more_than", "pie_employees_more_than",
        "eu_subsidiary_large_employees_more_than", "eu_subsidiary_large_turnover_eur_more_than",
        "eu_subsidiary_turnover_eur_more_than", "eu_branch_turnover_eur_more_than");
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
      return nonEuGroup(text, tier, p);
    }
    if (!eu) {
      return Check.notMet(
          Reason.of("regulation.reason.csrd.the_phase_from_is_for_2",
              tier.appliesFrom(), hq));
    }
    Check size = tier.threshold("large_employees_more_than").isPresent()
        ? large(text, tier, p)
        : Check.all(
            Check.moreThan(Check.EMPLOYEES_WORLDWIDE, p.employees().worldwide(),
                threshold(text, tier, "employees_more_than"), Unit.COUNT, "employees.worldwide"),
            Check.moreThan(Check.NET_TURNOVER, p.turnoverEur(),
                threshold(text, tier, "turnover_eur_more_than"), Unit.EUR, "turnover_eur"));
    if (tier.threshold("pie_employees_more_than").isEmpty()) {
      return size;
    }
    // first wave: a large public-interest entity with more than 500 employees
    return Check.all(
        publicInterestEntity(p, tier),
        Check.moreThan(Check.EMPLOYEES_WORLDWIDE, p.employees().worldwide(),
            threshold(text, tier, "pie_employees_more_than"), Unit.COUNT, "employees.worldwide"),
        size);
  }

  /** Large undertaking: exceeding two of the three limits of Directive 2013/34 Article 3(4). */
  private static Check large(Regulation text, Tier tier, CompanyProfile p) {
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

  /** A public-interest entity, or listed on an EU regulated market (which makes it one). */
  private static Check publicInterestEntity(CompanyProfile p, Tier tier) {
    if (p.publicInterestEntity().orElse(false) || p.listedOnEuRegulatedMarket().orElse(false)) {
      return Check.met(Reason.of("regulation.reason.csrd.public_interest_entity",
          p.publicInterestEntity().orElse(false) ? "public_interest_entity" : "listed_on_eu_regulated_market"));
    }
    if (p.publicInterestEntity().isPresent()
        && (p.listedOnEuRegulatedMarket().isPresent() || !p.publicInterestEntity().get())) {
      return Check.notMet(Reason.of("regulation.reason.csrd.not_a_public_interest_entity", tier.appliesFrom()));
    }
    return Check.unknown(
        Reason.of("regulation.reason.csrd.public_interest_entity_not_given", tier.appliesFrom()),
        "public_interest_entity", "listed_on_eu_regulated_market");
  }

  /**
   * Article 40a: EU turnover above the threshold (two consecutive years: the previous year is
   * assumed equal to the current one, and said so) and an EU subsidiary or branch that qualifies.
   */
  private static Check nonEuGroup(Regulation text, Tier tier, CompanyProfile p) {
    Check turnover = Check.moreThan(Check.NET_EU_TURNOVER, p.euTurnoverEur(),
        threshold(text, tier, "eu_turnover_eur_more_than"), Unit.EUR, "eu_turnover_eur");
    if (p.euTurnoverEur().isPresent()) {
      turnover = turnover.assuming(
          Reason.of("regulation.reason.csrd.previous_year_eu_turnover_assumed", "eu_turnover_eur"));
    }
    List<Check> presence = new ArrayList<>();
    presence.add(subsidiaries(text, tier, p.euSubsidiaries()));
    presence.add(branches(text, tier, p.euBranches()));
    return Check.all(turnover, Check.any(presence));
  }

  private static Check subsidiaries(Regulation text, Tier tier, Optional<List<EuEntity>> given) {
    if (given.isEmpty()) {
      return Check.unknown(Reason.of("regulation.reason.csrd.eu_subsidiaries_not_given"),
          "eu_subsidiaries");
    }
    if (given.get().isEmpty()) {
      return Check.notMet(Reason.of("regulation.reason.csrd.no_eu_subsidiary"));
    }
    List<Check> each = new ArrayList<>();
    for (EuEntity s : given.get()) {
      Reason what = Reason.of("regulation.reason.csrd.subsidiary_in", s.country());
      Optional<BigDecimal> byTurnover = tier.threshold("eu_subsidiary_turnover_eur_more_than");
      if (byTurnover.isPresent()) {
        each.add(Check.moreThan(Reason.of("regulation.reason.csrd.turnover_of", what), s.turnoverEur(),
            byTurnover.get(), Unit.EUR, "eu_subsidiaries.turnover_eur"));
      } else {
        // a large subsidiary: more than 250 employees and EUR 50 m turnover (two of the three
        // limits; the subsidiary's balance sheet is not asked, so both others must be exceeded)
        each.add(Check.all(
            Check.moreThan(Reason.of("regulation.reason.csrd.employees_of", what),
                s.employees(), threshold(text, tier, "eu_subsidiary_large_employees_more_than"),
                Unit.COUNT, "eu_subsidiaries.employees"),
            Check.moreThan(Reason.of("regulation.reason.csrd.turnover_of", what), s.turnoverEur(),
                threshold(text, tier, "eu_subsidiary_large_turnover_eur_more_than"), Unit.EUR,
                "eu_subsidiaries.turnover_eur")));
      }
    }
    return Check.any(each);
  }

  private static Check branches(Regulation text, Tier tier, Optional<List<EuEntity>> given) {
    if (given.isEmpty()) {
      return Check.unknown(Reason.of("regulation.reason.csrd.eu_branches_not_given"), "eu_branches");
    }
    if (given.get().isEmpty()) {
      return Check.notMet(Reason.of("regulation.reason.csrd.no_eu_branch"));
    }
    List<Check> each = new ArrayList<>();
    for (EuEntity b : given.get()) {
      each.add(Check.moreThan(
          Reason.of("regulation.reason.csrd.turnover_of", Reason.of("regulation.reason.csrd.branch_in", b.country())),
          b.turnoverEur(), threshold(text, tier, "eu_branch_turnover_eur_more_than"), Unit.EUR,
          "eu_branches.turnover_eur"));
    }
    return Check.any(each);
  }
}
