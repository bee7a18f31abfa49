package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.profile.CompanyProfile;
import java.util.List;
import java.util.Set;

/**
 * OECD Due Diligence Guidance for Responsible Supply Chains of Minerals: voluntary, so it binds no
 * one; its 2016 edition covers all minerals, so it is the recommended reference for every company
 * whatever minerals it uses, and the standard the binding texts build on. It always answers
 * "recommended", never "applies".
 */
final class OecdGuidancePolicy implements ApplicabilityPolicy {
  @Override
  public String regulationId() {
    return "oecd-ddg";
  }

  @Override
  public Set<String> thresholdNames() {
    return Set.of();
  }

  @Override
  public Applicability evaluate(
      Regulation text, ScopeRegime regime, CompanyProfile profile, Context ctx) {
    return new Applicability.Recommended(
        regime.firstApplication(),
        List.of(
            TierPolicy.RECOMMENDED.plus(Reason.of("regulation.reason.oecd_guidance.voluntary_guidance_recommended_for_every")),
            Reason.of("regulation.reason.oecd_guidance.rules_since_s",
                text.regime(regime), text.term(), regime.inEffectFrom())));
  }
}
