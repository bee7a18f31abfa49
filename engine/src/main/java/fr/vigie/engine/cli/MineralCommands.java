package fr.vigie.engine.cli;

import fr.vigie.engine.country.Country;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.risk.CountryRisk;
import fr.vigie.engine.risk.MineralRisk;
import fr.vigie.engine.risk.RiskEngine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie minerals}, {@code vigie mineral <id>} and {@code vigie country <iso>}. */
final class MineralCommands {
  private MineralCommands() {}

  @Command(name = "minerals", description = "List the minerals with their EU flags, regulations and stages with data.")
  static final class ListMinerals implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--lang", paramLabel = "<en|fr>", defaultValue = "en",
        description = "Language of the names: en (default) or fr.")
    String lang;

    @Override
    public Integer call() {
      Output.print(spec.commandLine().getOut(), RefDataViews.minerals(ReferenceData.loadDefault(), Lang.locale(lang)), json,
          Lang.locale(lang));
      return 0;
    }
  }

  @Command(name = "mineral", description = "Show a mineral: names, EU flags, uses, country shares per stage, processes, and per stage hhi, country, process and stage risk.")
  static final class ShowMineral implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "<id>", description = "Mineral id or name, e.g. cobalt, natural_graphite, 'terres rares'.")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--lang", paramLabel = "<en|fr>", defaultValue = "en",
        description = "Language of the names: en (default) or fr.")
    String lang;

    @Mixin RiskOptions risk;

    @Override
    public Integer call() {
      RiskEngine engine = risk.engine();
      ReferenceData data = engine.data();
      Mineral mineral = data.minerals().require(id);
      MineralRisk mineralRisk = engine.mineral(mineral.id());
      RefDataViews.MineralView view = RiskViews.withStageRisks(
          RefDataViews.mineral(data, mineral, Lang.locale(lang)), mineralRisk, engine.methodology().bands());
      RiskOptions.print(spec.commandLine().getOut(), view, json, risk.explain, mineralRisk.explain(),
          Lang.locale(lang));
      return 0;
    }
  }

  @Command(name = "country", description = "Show a country: codes, names, indicators (latest values), production shares, and its risk per category.")
  static final class ShowCountry implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "<iso>", description = "ISO code (CD, COD, 180) or name.")
    String iso;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--lang", paramLabel = "<en|fr>", defaultValue = "en",
        description = "Language of the names: en (default) or fr.")
    String lang;

    @Mixin RiskOptions risk;

    @Override
    public Integer call() {
      RiskEngine engine = risk.engine();
      ReferenceData data = engine.data();
      Country country = data.countries().require(iso);
      CountryRisk countryRisk = engine.country(country.alpha3());
      RefDataViews.CountryView view =
          RefDataViews.country(data, country, Lang.locale(lang)).withRisk(RiskViews.countryRisk(countryRisk));
      RiskOptions.print(spec.commandLine().getOut(), view, json, risk.explain, countryRisk.explain(),
          Lang.locale(lang));
      return 0;
    }
  }
}
