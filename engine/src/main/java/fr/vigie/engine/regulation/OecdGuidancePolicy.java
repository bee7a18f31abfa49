package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.profile.CompanyProfile;
import java.util.List;
import java.util.Set;

/**
 * OECD Due Diligence Guidance for Responsible Supply Chains of Minerals: voluntary, so it binds no
 * one; it is the recommended reference for every company and the standard the binding texts
 * build on. It always answers "applies" with that reason.
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
    return new Applicability.Applies(
        regime.firstApplication(),
        List.of(
            TierPolicy.APPLIES.plus(new Reason(
                "voluntary guidance, recommended for every company sourcing minerals (no"
                    + " threshold); the EU conflict minerals and batteries regulations, the CSDDD and"
                    + " Dodd-Frank 1502 build on its five steps",
                "guide volontaire, recommandé à toute entreprise qui s'approvisionne en minerais"
                    + " (pas de seuil)\u00a0; les règlements européens sur les minerais de conflit et"
                    + " sur les batteries, la CS3D et Dodd-Frank 1502 reposent sur ses cinq étapes")),
            Reason.of("rules: %1$s (since %3$s)", "règles\u00a0: %2$s (depuis le %3$s)",
                regime.en(), text.nameFr(), regime.inEffectFrom())));
  }
}
