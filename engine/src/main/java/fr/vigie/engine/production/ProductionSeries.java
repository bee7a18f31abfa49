package fr.vigie.engine.production;

import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The country shares of one mineral at one stage, from one source, series and year.
 *
 * @param mineral the mineral
 * @param stage the stage (extraction, refining...)
 * @param source catalog id of the source, e.g. {@code usgs-mcs-2025}
 * @param year the year the figures describe
 * @param series what the source measures, e.g. "mine production" or "refining"
 * @param unit the unit of the values, e.g. "t Co content"; "share" when only shares are given
 * @param fit whether the series measures this mineral and stage exactly or is a proxy
 * @param countries country shares, sorted by share descending (then alpha-3)
 * @param otherShare the share the source does not attribute to a country ("other countries",
 *     "rest of world", entities without ISO code, the EU study's unlisted remainder), 0-1
 */
public record ProductionSeries(
    MineralId mineral,
    Stage stage,
    String source,
    int year,
    String series,
    String unit,
    SeriesFit fit,
    List<CountryShare> countries,
    double otherShare) {

  /** Descending share, then alpha-3 for a stable order. */
  public static final Comparator<CountryShare> BY_SHARE_DESC =
      Comparator.comparingDouble(CountryShare::share).reversed().thenComparing(CountryShare::alpha3);

  public ProductionSeries {
    Objects.requireNonNull(mineral, "mineral");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(fit, "fit");
    countries = countries.stream().sorted(BY_SHARE_DESC).toList();
    if (!(otherShare >= 0 && otherShare <= 1)) {
      throw new IllegalArgumentException("other share must be in [0,1]: " + otherShare);
    }
  }

  /** The sum of the country shares and the unattributed share (about 1). */
  public double total() {
    return countries.stream().mapToDouble(CountryShare::share).sum() + otherShare;
  }

  /** The share of a country, when listed. */
  public Optional<CountryShare> country(String alpha3) {
    return countries.stream().filter(c -> c.alpha3().equals(alpha3)).findFirst();
  }
}
