package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.Check.Unit;
import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import java.util.List;

/**
 * Swiss DDTrO (SR 221.433) and Articles 964j to 964l of the Code of Obligations: a company with its
 * seat in Switzerland is bound when either (1) its Swiss imports of tin, tantalum, tungsten or gold
 * reach a volume of Annex 1 (the same matching as the EU Annex I), or (2) it is not an SME: with
 * the companies it controls it exceeds two of {@code sme_turnover_chf_more_than}, {@code
 * sme_balance_sheet_chf_more_than} and {@code sme_employees_more_than} (two consecutive years; the
 * previous year is assumed equal to the current one and the reasons say so), in which case the
 * child labour duties apply unless its goods come from low-risk countries (Article 7).
 */
final class SwissDueDiligencePolicy extends TierPolicy {
  public SwissDueDiligencePolicy() {
    super("ch-ddtro", "sme_turnover_chf_more_than", "sme_balance_sheet_chf_more_than",
        "sme_employees_more_than");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    Check minerals =
        p.chImports().isEmpty()
            ? Check.unknown(Reason.of("regulation.reason.swiss_due_diligence.ch_imports_not_given"),
                "ch_imports")
            : EuConflictMineralsPolicy.importVolumes(text, p.chImports().get());
    Check notSme =
        Check.atLeastTwoOf(
            List.of(
                Check.moreThan(Check.NET_TURNOVER, p.turnoverChf(),
                    threshold(text, tier, "sme_turnover_chf_more_than"), Unit.CHF, "turnover_chf"),
                Check.moreThan(Check.BALANCE_SHEET, p.balanceSheetChf(),
                    threshold(text, tier, "sme_balance_sheet_chf_more_than"), Unit.CHF,
                    "balance_sheet_chf"),
                Check.moreThan(Check.EMPLOYEES_WORLDWIDE, p.employees().worldwide(),
                    threshold(text, tier, "sme_employees_more_than"), Unit.COUNT,
                    "employees.worldwide")));
    if (notSme.verdict() == Check.Verdict.MET) {
      notSme = notSme
          .assuming(Reason.of("regulation.reason.swiss_due_diligence.previous_year_assumed"))
          .assuming(Reason.of("regulation.reason.swiss_due_diligence.unless_low_risk"));
    }
    return Check.all(headquartersIn(p, "CH"), Check.any(minerals, notSme));
  }
}
