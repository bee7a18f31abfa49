package fr.vigie.engine.regulation;

import fr.vigie.engine.kernel.VigieException;
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
        Reason.of("rules: %1$s (in effect since %3$s)%4$s",
            "règles\u00a0: %1$s, version «\u00a0%2$s\u00a0» (en vigueur depuis le %3$s)%4$s",
            new Reason(regime.en(), text.nameFr()), regime.id(), regime.inEffectFrom(),
            regime.verified()
                ? Reason.same("")
                : new Reason(" [dates or thresholds not verified]",
                    " [dates ou seuils non vérifiés]"));
    for (int i = 0; i < checks.size(); i++) {
      Check c = checks.get(i);
      if (c.verdict() == Check.Verdict.MET) {
        Tier tier = regime.tiers().get(i);
        List<Reason> reasons = prefixed(APPLIES, c.sentences());
        for (int j = 0; j < i; j++) {
          if (checks.get(j).verdict() == Check.Verdict.UNKNOWN) {
            List<String> missing = List.copyOf(checks.get(j).missing());
            reasons.add(
                Reason.of("may apply earlier, from %s, if %s meet that phase's thresholds",
                    "peut s'appliquer plus tôt, à partir du %s, si %s atteignent les seuils de"
                        + " cette phase",
                    regime.tiers().get(j).appliesFrom(),
                    new Reason(String.join(" and ", missing), String.join(" et ", missing))));
          }
        }
        reasons.add(
            tier.appliesFrom().isAfter(ctx.date())
                ? Reason.of("obligations apply from %s (after the reference date %s)",
                    "obligations applicables à partir du %s (après la date de référence du %s)",
                    tier.appliesFrom(), ctx.date())
                : Reason.of("obligations apply since %s", "obligations applicables depuis le %s",
                    tier.appliesFrom()));
        reasons.add(rules);
        return new Applicability.Applies(tier.appliesFrom(), reasons);
      }
    }
    Set<String> missing = new LinkedHashSet<>();
    List<Reason> unknownSentences = new ArrayList<>();
    for (Check c : checks) {
      if (c.verdict() == Check.Verdict.UNKNOWN) {
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
  static final Reason APPLIES = new Reason("applies: ", "s'applique\u00a0: ");

  static final Reason DOES_NOT_APPLY = new Reason("does not apply: ", "ne s'applique pas\u00a0: ");

  static final Reason CANNOT_TELL = new Reason("cannot tell: ", "impossible de conclure\u00a0: ");

  private static List<Reason> prefixed(Reason prefix, List<Reason> sentences) {
    List<Reason> out = new ArrayList<>();
    for (Reason s : sentences) {
      out.add(prefix.plus(s));
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
      return Check.unknown(
          Reason.of("headquarters not given (must be %s)", "siège non renseigné (doit être %s)",
              country),
          "headquarters");
    }
    return hq.get().equals(country)
        ? Check.met(Reason.of("headquarters in %s", "siège en %s", country))
        : Check.notMet(Reason.of("headquarters in %s, not %s", "siège en %s, pas en %s", hq.get(),
            country));
  }
}
