package fr.vigie.engine.cli;

import fr.vigie.engine.refdata.ReferenceData;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() {
      Output.print(spec.commandLine().getOut(), RefDataViews.minerals(ReferenceData.loadDefault()), json);
      return 0;
    }
  }

  @Command(name = "mineral", description = "Show a mineral: names, EU flags, uses, country shares per stage, processes.")
  static final class ShowMineral implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "<id>", description = "Mineral id or name, e.g. cobalt, natural_graphite, 'terres rares'.")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      ReferenceData data = ReferenceData.loadDefault();
      Output.print(spec.commandLine().getOut(), RefDataViews.mineral(data, data.minerals().require(id)), json);
      return 0;
    }
  }

  @Command(name = "country", description = "Show a country: codes, names, indicators (latest values), production shares.")
  static final class ShowCountry implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "<iso>", description = "ISO code (CD, COD, 180) or name.")
    String iso;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      ReferenceData data = ReferenceData.loadDefault();
      Output.print(spec.commandLine().getOut(), RefDataViews.country(data, data.countries().require(iso)), json);
      return 0;
    }
  }
}
