package fr.vigie.engine.production;

import java.util.Comparator;
import java.util.List;

/**
 * The rule that picks the preferred series for a mineral and stage among the sources: <b>most
 * specific, then most recent</b>.
 *
 * <ol>
 *   <li>an {@link SeriesFit#EXACT exact} series before a {@link SeriesFit#PROXY proxy};
 *   <li>then the latest year;
 *   <li>then, for the same year, the source order {@code iea-gcmo-2024}, {@code usgs-mcs-2025},
 *       {@code wmd-2024}, {@code eu-crm-2023} (the IEA separates mining from refining for battery
 *       minerals; USGS and WMD are yearly national statistics; the EU appendix gives multi-year
 *       averages);
 *   <li>then the series name, so that the choice is always deterministic.
 * </ol>
 */
final class SourcePrecedence {
  /** Source ids in tie-break order; an unlisted source comes after them. */
  public static final List<String> SOURCE_ORDER =
      List.of("iea-gcmo-2024", "usgs-mcs-2025", "wmd-2024", "eu-crm-2023");

  /** Orders series from preferred to least preferred. */
  public static final Comparator<ProductionSeries> ORDER =
      Comparator.comparing(ProductionSeries::fit)
          .thenComparing(Comparator.comparingInt(ProductionSeries::year).reversed())
          .thenComparingInt(SourcePrecedence::rank)
          .thenComparing(ProductionSeries::series);

  private SourcePrecedence() {}

  private static int rank(ProductionSeries s) {
    int i = SOURCE_ORDER.indexOf(s.source());
    return i < 0 ? SOURCE_ORDER.size() : i;
  }
}
