package fr.vigie.engine.refdata;

import fr.vigie.engine.country.Country;
import fr.vigie.engine.duediligence.DueDiligence;
import fr.vigie.engine.indicator.IndicatorDefinition;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.kernel.TermNames;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.valuechain.ProductionProcess;
import fr.vigie.engine.valuechain.RiskFactor;
import java.util.Locale;
import java.util.Optional;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.indicator.Indicators;
import fr.vigie.engine.mineral.Minerals;
import fr.vigie.engine.production.Production;
import fr.vigie.engine.valuechain.ValueChain;
import java.nio.file.Path;

/**
 * Vigie's curated reference knowledge base (countries, minerals, value chains, production by stage,
 * country indicators, data catalog), loaded into memory and validated as a whole.
 *
 * <p>{@link #loadDefault()} reads the files bundled in the engine (under {@value #RESOURCE_DIR}) once
 * and caches the result; it is safe to call from any thread. {@link #load(Path)} reads the same files
 * from a directory. Any invalid file stops the load with a {@link fr.vigie.engine.kernel.ProblemException}
 * naming the file, line and problem: nothing is half-loaded. Instances are immutable.
 */
public final class ReferenceData {
  /** Classpath folder of the curated files. */
  public static final String RESOURCE_DIR = "/fr/vigie/engine/refdata/";

  private static final Object LOCK = new Object();
  private static volatile ReferenceData defaultData;

  private final DataCatalog catalog;
  private final Countries countries;
  private final Minerals minerals;
  private final ValueChain valueChain;
  private final Production production;
  private final Indicators indicators;
  private final DueDiligence dueDiligence;
  private final java.util.Map<String, Names> seriesNames;

  private ReferenceData(
      DataCatalog catalog,
      Countries countries,
      Minerals minerals,
      ValueChain valueChain,
      Production production,
      Indicators indicators,
      DueDiligence dueDiligence,
      java.util.Map<String, Names> seriesNames) {
    this.catalog = catalog;
    this.countries = countries;
    this.minerals = minerals;
    this.valueChain = valueChain;
    this.production = production;
    this.indicators = indicators;
    this.dueDiligence = dueDiligence;
    this.seriesNames = java.util.Map.copyOf(seriesNames);
  }

  /** The reference data bundled in the engine, loaded on first call and then cached. */
  public static ReferenceData loadDefault() {
    ReferenceData d = defaultData;
    if (d == null) {
      synchronized (LOCK) {
        d = defaultData;
        if (d == null) {
          d = load(new RefSource.Classpath());
          defaultData = d;
        }
      }
    }
    return d;
  }

  /**
   * Loads the bundled files again, bypassing the cache (for measuring load time); prefer
   * {@link #loadDefault()}.
   */
  public static ReferenceData loadUncachedDefault() {
    return load(new RefSource.Classpath());
  }

  /** Loads and validates the curated files found in a directory (same names as the bundled ones). */
  public static ReferenceData load(Path dir) {
    return load(new RefSource.Directory(dir));
  }

  private static ReferenceData load(RefSource source) {
    DataCatalog catalog = CatalogFiles.load(source);
    Countries countries = CountryFiles.load(source);
    Minerals minerals = MineralFiles.load(source);
    ValueChain valueChain = ValueChainFiles.load(source, minerals, catalog);
    Production production = ProductionFiles.load(source, minerals, countries, catalog);
    Indicators indicators = IndicatorFiles.load(source, countries, catalog);
    DueDiligence dueDiligence = DueDiligenceFiles.load(source, countries, minerals, catalog);
    return new ReferenceData(catalog, countries, minerals, valueChain, production, indicators, dueDiligence,
        ProductionFiles.seriesNames(source));
  }

  /** The kind of the terms naming a production series by its label in {@code production.csv}. */
  public static final String PRODUCTION_SERIES = "production_series";

  /** Every ISO 3166-1 country, with the aliases sources use. */
  public Countries countries() {
    return countries;
  }

  /** Minerals and materials. */
  public Minerals minerals() {
    return minerals;
  }

  /** Processes per stage, risk taxonomy, process risk profiles, processes per mineral. */
  public ValueChain valueChain() {
    return valueChain;
  }

  /** Production by country and stage, with the preferred source per mineral and stage. */
  public Production production() {
    return production;
  }

  /** Country indicators (latest value per country). */
  public Indicators indicators() {
    return indicators;
  }

  /**
   * Names the reference data's terms in a language from its per-language columns: {@code country}
   * (alpha-2 or alpha-3 code), {@code mineral}, {@code process}, {@code risk_factor}, {@code
   * indicator}, {@value #PRODUCTION_SERIES} (a production series of {@code production.csv} by its
   * label, named from {@code production-series-names.csv}). Give it to {@link Messages#of(Locale, TermNames)}.
   */
  public TermNames termNames() {
    return (kind, id, locale) ->
        (switch (kind) {
              case "country" -> countries.find(id).map(Country::names);
              case "mineral" -> minerals.find(id).map(Mineral::names);
              case "process" -> valueChain.process(id).map(ProductionProcess::names);
              case "risk_factor" -> valueChain.riskFactor(id).map(RiskFactor::names);
              case "indicator" -> indicators.definition(id).map(IndicatorDefinition::names);
              case PRODUCTION_SERIES -> Optional.ofNullable(seriesNames.get(id));
              case fr.vigie.engine.valuechain.ProcessRisk.KIND -> processRisk(id);
              default -> Optional.<Names>empty();
            })
            .flatMap(n -> n.exactly(locale));
  }

  /** The reasons of a process risk {@code <process>/<risk factor>}. */
  private Optional<Names> processRisk(String id) {
    int slash = id.indexOf('/');
    if (slash < 0) return Optional.empty();
    String process = id.substring(0, slash);
    String factor = id.substring(slash + 1);
    return valueChain.riskProfile(process).stream()
        .filter(r -> r.riskFactor().equals(factor))
        .findFirst()
        .map(fr.vigie.engine.valuechain.ProcessRisk::reasons);
  }

  /**
   * Mining-specific due-diligence signals per country: labour flags per mineral (US DoL list), the
   * EU CAHRA list by country and region, armed-conflict years (UCDP/PRIO).
   */
  public DueDiligence dueDiligence() {
    return dueDiligence;
  }

  /** The data catalog: every source cited by the curated files. */
  public DataCatalog catalog() {
    return catalog;
  }
}
