package fr.vigie.engine.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.indicator.IndicatorDefinition;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.refdata.Coverage;
import fr.vigie.engine.refdata.Dataset;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.refdata.convert.ConversionReport;
import fr.vigie.engine.refdata.convert.RefDataConverter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie data check|convert}: validate the reference data, regenerate it from raw files. */
@Command(
    name = "data",
    description = "Reference data: validate and report coverage (check), regenerate from raw files (convert).",
    subcommands = {DataCommand.Check.class, DataCommand.Convert.class})
final class DataCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Default target of {@code convert}, relative to the repository root. */
  static final Path DEFAULT_TARGET = Path.of("engine/src/main/resources/fr/vigie/engine/refdata");

  @Command(
      name = "check",
      description = "Load and validate the reference data; print coverage (minerals x stages, countries per indicator, sources).")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dir", description = "Check the curated files of this folder instead of the bundled ones.")
    Path dir;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(
        names = "--repeat",
        description = "Load the files this many more times (uncached) and report the median load time of those loads.")
    int repeat;

    @Override
    public Integer call() {
      long start = System.nanoTime();
      ReferenceData data = dir == null ? ReferenceData.loadDefault() : ReferenceData.load(dir);
      long first = (System.nanoTime() - start) / 1_000_000;
      Integer repeated = null;
      Double median = null;
      if (repeat > 0) {
        long[] ms = new long[repeat];
        for (int i = 0; i < repeat; i++) {
          long t = System.nanoTime();
          if (dir == null) {
            ReferenceData.loadUncachedDefault();
          } else {
            ReferenceData.load(dir);
          }
          ms[i] = (System.nanoTime() - t) / 1_000;
        }
        java.util.Arrays.sort(ms);
        repeated = repeat;
        median = ms[repeat / 2] / 1000.0;
      }
      Output.print(spec.commandLine().getOut(), view(data, new Timing(first, repeated, median)), json);
      return 0;
    }

    /** {@code data check}: validity, load times, coverage and sources of the reference data. */
    record CheckView(
        String status,
        Timing timing,
        CountryCoverage countries,
        MineralCoverage minerals,
        List<ProductionRow> production,
        Map<String, String> indicators,
        @JsonProperty("countries_with_indicators_per_category") Map<String, Integer> countriesPerCategory,
        List<Source> sources,
        @JsonProperty("production_series") int productionSeries,
        int processes,
        @JsonProperty("risk_factors") int riskFactors) {}

    /** Load times; the repeated loads' median only with {@code --repeat}. */
    record Timing(
        @JsonProperty("first_load_ms") long firstLoadMs,
        @JsonProperty("repeated_loads") @JsonInclude(JsonInclude.Include.NON_NULL) Integer repeatedLoads,
        @JsonProperty("median_load_ms") @JsonInclude(JsonInclude.Include.NON_NULL) Double medianLoadMs) {}

    /** ISO entries and, per language code, the countries named in that language. */
    record CountryCoverage(
        @JsonProperty("iso_entries") int isoEntries, @JsonProperty("with_names") Map<String, Integer> withNames) {}

    /** Minerals with production data and the primer's gaps. */
    record MineralCoverage(
        int total,
        @JsonProperty("with_production_data") long withProductionData,
        @JsonProperty("with_extraction_and_refining") long withExtractionAndRefining,
        @JsonProperty("primer_gaps") List<String> primerGaps) {}

    /** A mineral's preferred extraction and refining series ({@code -} when none) and its series count. */
    record ProductionRow(String mineral, String extraction, String refining, int series) {}

    /** A dataset of the catalog. */
    record Source(String id, int year, String licence, boolean shipped) {}

    static CheckView view(ReferenceData data, Timing timing) {
      Coverage cov = Coverage.of(data);
      MineralCoverage minerals = new MineralCoverage(
          data.minerals().size(),
          cov.mineralsWithData(),
          cov.mineralStages().values().stream()
              .filter(s -> s.contains(Stage.EXTRACTION) && s.contains(Stage.REFINING))
              .count(),
          cov.primerGaps());
      List<ProductionRow> production = new ArrayList<>();
      for (Mineral m : data.minerals().all()) {
        production.add(new ProductionRow(m.id().value(), preferred(data, m, Stage.EXTRACTION),
            preferred(data, m, Stage.REFINING),
            data.production().stages(m.id()).stream().mapToInt(s -> data.production().all(m.id(), s).size()).sum()));
      }
      Map<String, String> indicators = new LinkedHashMap<>();
      for (IndicatorDefinition d : data.indicators().definitions()) {
        indicators.put(d.id(), d.year() + ", " + d.source() + ", " + cov.countriesPerIndicator().get(d.id()) + " countries");
      }
      Map<String, Integer> categories = new LinkedHashMap<>();
      for (RiskCategory c : RiskCategory.values()) {
        categories.put(c.id(), cov.countriesPerCategory().getOrDefault(c, 0));
      }
      List<Source> sources = data.catalog().all().stream()
          .map(d -> new Source(d.id(), d.year(), d.licence(), d.redistributable())).toList();
      return new CheckView("valid", timing, new CountryCoverage(cov.countries(), cov.countriesWithNames()), minerals,
          production, indicators, categories, sources, data.production().allSeries().size(),
          data.valueChain().processes().size(), data.valueChain().riskFactors().size());
    }

    private static String preferred(ReferenceData data, Mineral m, Stage s) {
      return data.production().preferred(m.id(), s)
          .map(p -> p.source() + " " + p.year() + (p.fit().id().equals("proxy") ? " (proxy)" : ""))
          .orElse("-");
    }
  }

  @Command(
      name = "convert",
      description = "Regenerate the derived curated files (countries, production, trade factors, indicator values) from the raw data folder.")
  static final class Convert implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--from", required = true, description = "Raw data folder (with countries/, production/, indicators/).")
    Path from;

    @Option(names = "--to", description = "Curated folder to update (default: ${DEFAULT-VALUE}).")
    Path to = DEFAULT_TARGET;

    @Override
    public Integer call() {
      if (!Files.isDirectory(to)) {
        throw new ProblemException(Problem.error("refdata.curated_folder_not_found").at(to.toAbsolutePath().toString(), null));
      }
      ConversionReport report = RefDataConverter.convert(from, to);
      report.lines().forEach(spec.commandLine().getOut()::println);
      spec.commandLine().getOut().println("converted " + from + " into " + to + " (validated)");
      return 0;
    }
  }
}
