package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The applicability rule of one text: given the version of the text's scope rules in effect on the
 * reference date, does it bind the company, from when, and why. Thresholds and dates come from the
 * text's data, never from constants in the policy.
 */
public interface ApplicabilityPolicy {

  /** The id of the text this policy decides for. */
  String regulationId();

  /** The threshold names the text's tiers may use (others are refused when the data is loaded). */
  Set<String> thresholdNames();

  /** Decides for one company under {@code regime}, the version in effect on {@code ctx.date()}. */
  Applicability evaluate(
      Regulation text, ScopeRegime regime, CompanyProfile profile, Context ctx);

  /** What a rule may read besides the profile: the reference date and the country directory. */
  record Context(LocalDate date, CountryDirectory countries) {
    public Context {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(countries, "countries");
    }
  }
}
