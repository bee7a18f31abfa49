package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.Check.Unit;
import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.Headcount;
import java.math.BigDecimal;

/**
 * Loi n° 2017-399 (devoir de vigilance): a company registered in France with, at the close of two
 * consecutive financial years, at least {@code employees_france_at_least} employees in itself and
 * its French subsidiaries, or at least {@code employees_worldwide_at_least} worldwide. The profile's
 * {@code employees} is the last year, {@code employees_previous_year} the year before.
 */
final class FrenchDutyOfVigilancePolicy extends TierPolicy {
  public FrenchDutyOfVigilancePolicy() {
    super("fr-duty-of-vigilance", "employees_france_at_least", "employees_worldwide_at_least");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    BigDecimal france = threshold(text, tier, "employees_france_at_least");
    BigDecimal world = threshold(text, tier, "employees_worldwide_at_least");
    // two consecutive years: without any previous-year figure, the previous year is taken as the
    // current one, and the reasons say so
    boolean assumed = Check.previousYearAssumed(p.employees(), p.employeesPreviousYear());
    Headcount previous = Check.previousYear(p.employees(), p.employeesPreviousYear());
    Check c = Check.all(
        headquartersIn(p, "FR"),
        Check.any(
            Check.all(
                Check.employeesInAtLeast(p.employees(), "FR", france, "employees"),
                Check.employeesInAtLeast(
                    previous, "FR", france, "employees_previous_year")),
            Check.all(
                Check.atLeast(Check.EMPLOYEES_WORLDWIDE, p.employees().worldwide(), world, Unit.COUNT,
                    "employees.worldwide"),
                Check.atLeast(
                    Reason.of("regulation.reason.french_duty_of_vigilance.employees_worldwide_the_previous_year"),
                    previous.worldwide(), world, Unit.COUNT,
                    "employees_previous_year.worldwide"))));
    return assumed ? c.assuming(Check.PREVIOUS_YEAR_ASSUMED) : c;
  }
}
