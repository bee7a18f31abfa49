package fr.vigie.engine.regulation;

import fr.vigie.engine.kernel.Names;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A version of a text's scope rules, in effect from a date until the next version (an amendment or
 * postponement). Its tiers give, in date order, the thresholds that bring a company into scope and
 * the date from which the obligations then apply (phase-ins are several tiers).
 *
 * @param id short id, e.g. {@code original}, {@code stop-the-clock}, {@code omnibus-i}
 * @param label what this version is, per language (English required)
 * @param inEffectFrom the date this version became law (entry into force of the amending act)
 * @param source the act that set this version, when different from the text's source
 * @param verified false when its dates or thresholds could not be checked against the act
 */
public record ScopeRegime(
    String id,
    Names label,
    LocalDate inEffectFrom,
    Optional<URI> source,
    boolean verified,
    List<Tier> tiers) {

  public ScopeRegime {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(inEffectFrom, "inEffectFrom");
    Objects.requireNonNull(source, "source");
    tiers = tiers.stream().sorted(Comparator.comparing(Tier::appliesFrom)).toList();
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("regime " + id + " has no tier");
    }
  }

  /** The earliest date from which this version's obligations apply to anyone. */
  public LocalDate firstApplication() {
    return tiers.get(0).appliesFrom();
  }

  /**
   * One phase of a regime: companies meeting its thresholds are bound from {@code appliesFrom}.
   *
   * @param thresholds named numbers read by the text's policy; the name says the comparison
   *     ({@code employees_more_than}, {@code turnover_eur_at_least})
   * @param line line of the tier in its data file, for messages
   */
  public record Tier(LocalDate appliesFrom, Map<String, BigDecimal> thresholds, int line) {
    public Tier {
      Objects.requireNonNull(appliesFrom, "appliesFrom");
      thresholds = Map.copyOf(thresholds);
    }

    public Optional<BigDecimal> threshold(String name) {
      return Optional.ofNullable(thresholds.get(name));
    }
  }
}
