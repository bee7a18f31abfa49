package fr.vigie.engine.assessment;

import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.production.CountryShare;
import fr.vigie.engine.production.ProductionSeries;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.kernel.Stage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The world production mix of a stage: the preferred series' country shares divided by the sum of
 * the listed shares (unattributed production left out), largest first; pre-treatment uses the
 * extraction series as a proxy.
 */
final class WorldMixes {
  private final ReferenceData data;

  WorldMixes(ReferenceData data) {
    this.data = Objects.requireNonNull(data, "data");
  }

  /**
   * A stage's world production mix (shares sum to 1), its HHI and where it comes from.
   *
   * @param basis the series, e.g. {@code usgs-mcs-2025 2024 mine production} (a text when a proxy)
   */
  record WorldMix(Stage stage, Map<String, Double> shares, double hhi, Object basis) {}

  Optional<WorldMix> of(MineralId m, Stage stage) {
    Optional<ProductionSeries> series = data.production().preferred(m, stage);
    boolean proxy = false;
    if (series.isEmpty() && stage == Stage.PRE_TREATMENT) {
      series = data.production().preferred(m, Stage.EXTRACTION);
      proxy = true;
    }
    if (series.isEmpty()) {
      return Optional.empty();
    }
    ProductionSeries p = series.get();
    double total = p.countries().stream().mapToDouble(CountryShare::share).sum();
    Map<String, Double> shares = new LinkedHashMap<>();
    double hhi = 0;
    for (CountryShare c : p.countries()) {
      if (total > 0 && c.share() > 0) {
        double s = c.share() / total;
        shares.put(c.alpha3(), s);
        hhi += s * s;
      }
    }
    if (shares.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WorldMix(stage, shares, hhi,
        Phrases.productionSeries(proxy, p.source() + " " + p.year() + " " + p.series())));
  }
}
