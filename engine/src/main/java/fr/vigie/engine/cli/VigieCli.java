package fr.vigie.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vigie} command line: every capability of the engine, without a server or a database.
 *
 * <p>{@code serve}, {@code test} and {@code build} are handled by the {@code bin/vigie} launcher
 * itself (they need the application module or Maven); they are listed here so that {@code --help}
 * shows the whole tool.
 */
@Command(
    name = "vigie",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Vigie: risks in mineral supply chains (law, value chains, countries, solutions).",
    subcommands = {
      LauncherCommands.Serve.class,
      LauncherCommands.Test.class,
      LauncherCommands.Build.class,
      LauncherCommands.Bench.class,
      RegulationsCommand.class,
      DataCommand.class,
      MineralCommands.ListMinerals.class,
      MineralCommands.ShowMineral.class,
      MineralCommands.ShowCountry.class,
      LedgerCommands.LedgerCommand.class,
      LedgerCommands.Generate.class,
      SolutionCommands.class,
      DeclarationsCommand.class,
      RiskCommands.SupplyRisk.class,
      RiskCommands.GeoPol.class,
      AssessCommand.class,
      ReportCommand.class,
    })
public final class VigieCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with Vigie's conventions (exit codes, error messages). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new VigieCli());
    cl.setExecutionExceptionHandler(new CliErrors());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
