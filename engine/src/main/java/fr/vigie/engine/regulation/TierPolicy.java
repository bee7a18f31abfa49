package fr.vigie.engine.regulation;

import fr.vigie.engine.VigieException;
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
    String rules =
        "rules: " + regime.en() + " (in effect since " + regime.inEffectFrom() + ")"
            + (regime.verified() ? "" : " [dates or thresholds not verified]");
    for (int i = 0; i < checks.size(); i++) {
      Check c = checks.get(i);
      if (c.verdict() == Check.Verdict.MET) {
        Tier tier = regime.tiers().get(i);
        List<String> reasons = prefixed("applies: ", c.sentences());
        for (int j = 0; j < i; j++) {
          if (checks.get(j).verdict() == Check.Verdict.UNKNOWN) {
            reasons.add(
                "may apply earlier, from " + regime.tiers().get(j).appliesFrom() + ", if "
                    + String.join(" and ", checks.get(j).missing()) + " meet that phase's thresholds");
          }
        }
        reasons.add(
            tier.appliesFrom().isAfter(ctx.date())
                ? "obligations apply from " + tier.appliesFrom() + " (after the reference date "
                    + ctx.date() + ")"
                : "obligations apply since " + tier.appliesFrom());
        reasons.add(rules);
        return new Applicability.Applies(tier.appliesFrom(), reasons);
      }
    }
    Set<String> missing = new LinkedHashSet<>();
    List<String> unknownSentences = new ArrayList<>();
    for (Check c : checks) {
      if (c.verdict() == Check.Verdict.UNKNOWN) {
        missing.addAll(c.missing());
        for (String s : c.sentences()) {
          if (!unknownSentences.contains(s)) {
            unknownSentences.add(s);
          }
        }
      }
    }
    if (!missing.isEmpty() || !unknownSentences.isEmpty()) {
      List<String> reasons = prefixed("cannot tell: ", unknownSentences);
      reasons.add(rules);
      return new Applicability.CannotTell(List.copyOf(missing), reasons);
    }
    List<String> sentences = new ArrayList<>();
    for (Check c : checks) {
      for (String s : c.sentences()) {
        if (!sentences.contains(s)) {
          sentences.add(s);
        }
      }
    }
    List<String> reasons = prefixed("does not apply: ", sentences);
    reasons.add(rules);
    return new Applicability.DoesNotApply(reasons);
  }

  private static List<String> prefixed(String prefix, List<String> sentences) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(prefix + s);
    }
    return out;
  }

  /** A threshold the tier must carry; its absence is a data error naming the file and line. */
  static BigDecimal threshold(Regulation text, Tier tier, String name) {
    return tier.threshold(name)
        .orElseThrow(
            () ->
                new VigieException(
                    text.origin() + " line " + tier.line() + ": a tier of '" + text.id()
                        + "' lacks threshold '" + name + "'"));
  }

  /** Registered office in the given country. */
  static Check headquartersIn(CompanyProfile p, String country) {
    Optional<String> hq = p.headquarters();
    if (hq.isEmpty()) {
      return Check.unknown("headquarters not given (must be " + country + ")", "headquarters");
    }
    return hq.get().equals(country)
        ? Check.met("headquarters in " + country)
        : Check.notMet("headquarters in " + hq.get() + ", not " + country);
  }
}
