package fr.vigie.engine.regulation;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The common shape of the rules: each tier of the regime in effect is tested with {@link #check};
 * the earliest tier met gives the application date; any unknown test makes the answer "cannot
 * tell"; otherwise the text does not apply (reasons from every tier).
 */
abstract class TierPolicy implements ApplicabilityPolicy {
  private final String id;
  private final Set<String> thresholdNames;

  TierPolicy(String id, String... thresholdNames) {
    this.id = id;
    this.thresholdNames = Set.of(thresholdNames);
  }

  @Override
  public final String regulationId() {
    return id;
  }

  @Override
  public final Set<String> thresholdNames() {
    return thresholdNames;
  }

  /** Tests the company against one tier. */
  abstract Check check(Regulation text, Tier tier, CompanyProfile profile, Context ctx);

  @Override
  public Applicability evaluate(
      Regulation text, ScopeRegime regime, CompanyProfile profile, Context ctx) {
    List<Check> checks = new ArrayList<>();
    for (Tier tier : regime.tiers()) {
      checks.add(check(text, tier, profile, ctx));
    }
    Reason rules =
        Reason.of("regulation.reason.tier.rules_in_effect_since_s",
            Reason.of("regulation.reason.regime_title", text.regime(regime), text.term()), regime.id(), regime.inEffectFrom(),
            regime.verified()
                ? Reason.same("")
                : Reason.of("regulation.reason.tier.dates_or_thresholds_not_verified"));
    for (int i = 0; i < checks.size(); i++) {
      Check c = checks.get(i);
      if (c.verdict() == Check.Verdict.MET) {
        Tier tier = regime.tiers().get(i);
        List<Reason> reasons = prefixed(APPLIES, c.sentences());
        for (int j = 0; j < i; j++) {
          if (checks.get(j).verdict() == Check.Verdict.UNKNOWN) {
            List<String> missing = List.copyOf(checks.get(j).missing());
            reasons.add(
                Reason.of("regulation.reason.tier.may_apply_earlier_from_if",
                    regime.tiers().get(j).appliesFrom(),
                    Reason.and(missing)));
          }
        }
        reasons.add(
            tier.appliesFrom().isAfter(ctx.date())
                ? Reason.of("regulation.reason.tier.obligations_apply_from_after_the",
                    tier.appliesFrom(), ctx.date())
                : Reason.of("regulation.reason.tier.obligations_apply_since",
                    tier.appliesFrom()));
        reasons.add(rules);
        return new Applicability.Applies(tier.appliesFrom(), reasons);
      }
    }
    Set<String> missing = new LinkedHashSet<>();
    List<Reason> unknownSentences = new ArrayList<>();
    for (Check c : checks) {
      if (c.verdict() != Check.Verdict.NOT_MET) {
        missing.addAll(c.missing());
        for (Reason s : c.sentences()) {
          if (!unknownSentences.contains(s)) {
            unknownSentences.add(s);
          }
        }
      }
    }
    if (!missing.isEmpty() || !unknownSentences.isEmpty()) {
      List<Reason> reasons = prefixed(CANNOT_TELL, unknownSentences);
      reasons.add(rules);
      return new Applicability.CannotTell(List.copyOf(missing), reasons);
    }
    List<Reason> sentences = new ArrayList<>();
    for (Check c : checks) {
      for (Reason s : c.sentences()) {
        if (!sentences.contains(s)) {
          sentences.add(s);
        }
      }
    }
    List<Reason> reasons = prefixed(DOES_NOT_APPLY, sentences);
    reasons.add(rules);
    return new Applicability.DoesNotApply(reasons);
  }

  /** The outcome prefixes of the reasons. */
  static final Reason APPLIES = Reason.of("regulation.reason.tier.applies");

  static final Reason DOES_NOT_APPLY = Reason.of("regulation.reason.tier.does_not_apply");

  static final Reason CANNOT_TELL = Reason.of("regulation.reason.tier.cannot_tell");

  static final Reason RECOMMENDED = Reason.of("regulation.reason.tier.recommended");

  /**
   * The condition sentences as they are: each already carries its own label (met, not met,
   * missing, assumed), whatever the outcome; {@code outcome} is not repeated before each.
   */
  private static List<Reason> prefixed(Reason outcome, List<Reason> sentences) {
    return new ArrayList<>(sentences);
  }

  /** A threshold the tier must carry; its absence is a data error naming the file and line. */
  static BigDecimal threshold(Regulation text, Tier tier, String name) {
    return tier.threshold(name)
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.error("regulation.tier_lacks_threshold", text.id(), name).at(text.origin(), tier.line())));
  }

  /** Registered office in the given country. */
  static Check headquartersIn(CompanyProfile p, String country) {
    Optional<String> hq = p.headquarters();
    if (hq.isEmpty()) {
      return Check.unknown(
          Reason.of("regulation.reason.tier.headquarters_not_given_must_be",
              country),
          "headquarters");
    }
    return hq.get().equals(country)
        ? Check.met(Reason.of("regulation.reason.tier.headquarters_in", country))
        : Check.notMet(Reason.of("regulation.reason.tier.headquarters_in_not", hq.get(),
            country));
  }
}
