package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import java.util.Optional;

/**
 * Which recycling profile applies to metal recovered in a country: formal recycling in permitted
 * plants where the country's socio-economic and political risk (rule of law, regulatory quality,
 * corruption, government effectiveness, stability) is low or very low; informal e-waste recovery
 * otherwise, and where the recovery country is unknown or its risk undetermined (missing data never
 * makes recycling look safer).
 */
public final class RecyclingPolicy {
  /** The process of formal recycling. */
  public static final String FORMAL = "recycling";
  /** The process of informal e-waste recovery. */
  public static final String INFORMAL = "informal_recycling";

  private RecyclingPolicy() {}

  /** The outcome: the profile's process id and why. */
  public record Outcome(String process, String reason) {}

  /** The profile for recovery in a country of that risk, or of an unknown country. */
  public static Outcome of(Optional<CountryRisk> country) {
    if (country.isEmpty()) {
      return new Outcome(INFORMAL, "recovery country unknown");
    }
    Optional<RiskLevel> level = country.get().level(RiskCategory.SOCIO_ECONOMIC_POLITICAL);
    if (level.isEmpty()) {
      return new Outcome(INFORMAL, "socio-economic and political risk undetermined");
    }
    boolean strong = level.get() == RiskLevel.VERY_LOW || level.get() == RiskLevel.LOW;
    return strong
        ? new Outcome(FORMAL, "socio-economic and political risk " + level.get().id() + ": formal recycling")
        : new Outcome(INFORMAL, "socio-economic and political risk " + level.get().id() + ": informal recovery");
  }
}
