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
 * The world production mix of a stage: the preferred series' country shares as published, largest
 * first, and the share the source attributes to no country ("rest of world", {@link #REST_OF_WORLD}),
 * kept so that the mix and its HHI are those of the mineral page; pre-treatment uses the extraction
 * series as a proxy.
 */
final class WorldMixes {
  private final ReferenceData data;

  WorldMixes(ReferenceData data) {
    this.data = Objects.requireNonNull(data, "data");
  }

  /** The code under which the unattributed part of world production is carried in a mix. */
  static final String REST_OF_WORLD = "OTHER";

  /**
   * A stage's world production mix, its HHI and where it comes from.
   *
   * @param shares the attributed countries' shares as published (they add up to {@code 1 - other})
   * @param other the share the source attributes to no country; it counts in the mix but adds no
   *     square to the HHI, as on the mineral page
   * @param hhi {@code sum of share^2} over the attributed countries
   * @param basis the series, e.g. {@code usgs-mcs-2025 2024 mine production} (a text when a proxy)
   */
  record WorldMix(Stage stage, Map<String, Double> shares, double other, double hhi, Object basis) {

    /** The countries' shares and, when above zero, the rest of world under {@link #REST_OF_WORLD}. */
    Map<String, Double> withRestOfWorld() {
      Map<String, Double> all = new LinkedHashMap<>(shares);
      if (other > 0) {
        all.put(REST_OF_WORLD, other);
      }
      return all;
    }
  }

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
    // published shares add up to 1 up to their rounding; a total above 1 is scaled back to 1 so
    // that a mix never exceeds the whole (a total below 1 is kept: nothing is invented)
    double scale = p.total() > 1 ? 1 / p.total() : 1;
    Map<String, Double> shares = new LinkedHashMap<>();
    double hhi = 0;
    for (CountryShare c : p.countries()) {
      if (c.share() > 0) {
        double s = c.share() * scale;
        shares.put(c.alpha3(), s);
        hhi += s * s;
      }
    }
    if (shares.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WorldMix(stage, shares, p.otherShare() * scale, hhi,
        Phrases.productionSeries(proxy, Phrases.series(p.source(), p.year(), p.series()))));
  }
}
