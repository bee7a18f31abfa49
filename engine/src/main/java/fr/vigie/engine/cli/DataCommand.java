package fr.vigie.engine.cli;

import fr.vigie.engine.indicator.IndicatorDefinition;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.kernel.VigieException;
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
      Map<String, Object> timing = new LinkedHashMap<>();
      timing.put("first_load_ms", first);
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
        timing.put("repeated_loads", repeat);
        timing.put("median_load_ms", ms[repeat / 2] / 1000.0);
      }
      Output.print(spec.commandLine().getOut(), view(data, timing), json);
      return 0;
    }

    static Map<String, Object> view(ReferenceData data, Map<String, Object> timing) {
      Coverage cov = Coverage.of(data);
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("status", "valid");
      v.put("timing", timing);
      Map<String, Object> countries = new LinkedHashMap<>();
      countries.put("iso_entries", cov.countries());
      countries.put("with_names", cov.countriesWithNames());
      v.put("countries", countries);
      Map<String, Object> minerals = new LinkedHashMap<>();
      minerals.put("total", data.minerals().size());
      minerals.put("with_production_data", cov.mineralsWithData());
      minerals.put(
          "with_extraction_and_refining",
          cov.mineralStages().values().stream()
              .filter(s -> s.contains(Stage.EXTRACTION) && s.contains(Stage.REFINING))
              .count());
      minerals.put("primer_gaps", cov.primerGaps());
      v.put("minerals", minerals);
      List<Map<String, Object>> stages = new ArrayList<>();
      for (Mineral m : data.minerals().all()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("mineral", m.id().value());
        for (Stage s : List.of(Stage.EXTRACTION, Stage.REFINING)) {
          row.put(
              s.id(),
              data.production().preferred(m.id(), s)
                  .map(p -> p.source() + " " + p.year() + (p.fit().id().equals("proxy") ? " (proxy)" : ""))
                  .orElse("-"));
        }
        row.put("series", data.production().stages(m.id()).stream()
            .mapToInt(s -> data.production().all(m.id(), s).size()).sum());
        stages.add(row);
      }
      v.put("production", stages);
      Map<String, Object> indicators = new LinkedHashMap<>();
      for (IndicatorDefinition d : data.indicators().definitions()) {
        indicators.put(d.id(), d.year() + ", " + d.source() + ", " + cov.countriesPerIndicator().get(d.id()) + " countries");
      }
      v.put("indicators", indicators);
      Map<String, Object> categories = new LinkedHashMap<>();
      for (RiskCategory c : RiskCategory.values()) {
        categories.put(c.id(), cov.countriesPerCategory().getOrDefault(c, 0));
      }
      v.put("countries_with_indicators_per_category", categories);
      List<Map<String, Object>> sources = new ArrayList<>();
      for (Dataset d : data.catalog().all()) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", d.id());
        s.put("year", d.year());
        s.put("licence", d.licence());
        s.put("shipped", d.redistributable());
        sources.add(s);
      }
      v.put("sources", sources);
      v.put("production_series", data.production().allSeries().size());
      v.put("processes", data.valueChain().processes().size());
      v.put("risk_factors", data.valueChain().riskFactors().size());
      return v;
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
        throw new VigieException(
            to.toAbsolutePath() + ": curated folder not found; run from the repository root or give --to");
      }
      ConversionReport report = RefDataConverter.convert(from, to);
      report.lines().forEach(spec.commandLine().getOut()::println);
      spec.commandLine().getOut().println("converted " + from + " into " + to + " (validated)");
      return 0;
    }
  }
}
