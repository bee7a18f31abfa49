package fr.vigie.engine.cli;

import fr.vigie.engine.kernel.Explanation;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.risk.RiskEngine;
import fr.vigie.engine.risk.supply.GeoPolRisk;
import fr.vigie.engine.risk.supply.ImportsCsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie supply-risk} and {@code vigie geopolrisk}. */
final class RiskCommands {
  private RiskCommands() {}

  @Command(
      name = "supply-risk",
      description = "Per mineral and stage: HHI and the EU method's HHI_WGI,t; gross supply risk = the higher stage.")
  static final class SupplyRisk implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print JSON: a list of {id, stages:[{stage, hhi, hhi_wgi}], gross_supply_risk}.")
    boolean json;

    @Option(names = "--explain", description = "Also print each supplier's share, scaled WGI, trade factor and term.")
    boolean explain;

    @Option(names = "--year", paramLabel = "<yyyy>", description = "Use the WGI of this year (nearest earlier year where a country has none) and the production series of this year where the data has one (default: latest WGI, preferred series).")
    Integer year;

    @Override
    public Integer call() {
      RiskEngine engine = year == null ? RiskEngine.loadDefault() : RiskEngine.loadDefault().atYear(year);
      List<Object> rows = new ArrayList<>();
      List<Explanation> explanations = new ArrayList<>();
      for (Mineral m : engine.data().minerals().all()) {
        RiskEngine.SupplyRisk s = engine.supply(m.id());
        if (s.stages().isEmpty()) {
          continue;
        }
        rows.add(json ? RiskViews.supplyRisk(s, explain ? s.explain() : null) : RiskViews.supplyRiskRow(s));
        explanations.add(s.explain());
      }
      var out = spec.commandLine().getOut();
      Output.print(out, rows, json);
      if (explain && !json) {
        out.println("explanation:");
        explanations.forEach(e -> out.print(e.text().indent(2)));
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "geopolrisk",
      description = "GeoPolRisk of an importer for a material and year from its imports by origin (CSV country,quantity_t).")
  static final class GeoPol implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--material", required = true, paramLabel = "<id>", description = "Material id or name, e.g. cobalt.")
    String material;

    @Option(names = "--year", required = true, paramLabel = "<yyyy>", description = "Year of the world production series used for HHI and of the WGI political stability (nearest earlier year where a country has none).")
    int year;

    @Option(names = "--importer", required = true, paramLabel = "<iso3|EU|none>",
        description = "Importing country (EU members: partners inside the EU27 count 0), EU, or none for a company with no own production.")
    String importer;

    @Option(names = "--imports", required = true, paramLabel = "<file.csv>", description = "Imports by origin: country,quantity_t.")
    Path imports;

    @Option(names = "--stage", defaultValue = "extraction", paramLabel = "<stage>", description = "Stage whose world production gives HHI (default: ${DEFAULT-VALUE}).")
    String stage;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--explain", description = "Also print each partner's quantity, political stability, g and term.")
    boolean explain;

    @Override
    public Integer call() {
      RiskEngine engine = RiskEngine.loadDefault();
      Mineral m = engine.data().minerals().require(material);
      Stage st = Stage.fromId(stage);
      List<GeoPolRisk.Import> list = ImportsCsv.read(imports, engine.data().countries());
      Optional<String> who = importer.trim().equalsIgnoreCase("none") ? Optional.empty() : Optional.of(importer);
      GeoPolRisk.Result r = engine.geoPolRisk(m.id(), year, st, who, list);
      RiskViews.GeoPolRiskView view = RiskViews.geoPolRisk(m.id().value(), year, st, who.orElse("none (company)"), r);
      RiskOptions.print(spec.commandLine().getOut(), view, json, explain, r.explanation());
      return 0;
    }
  }
}
