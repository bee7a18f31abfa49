package fr.vigie.engine.cli;

import picocli.CommandLine.Command;

/** Commands that the {@code bin/vigie} launcher runs itself; here only for {@code --help}. */
final class LauncherCommands {
  private LauncherCommands() {}

  private static int launcherOnly(String name) {
    System.err.println("vigie: '" + name + "' is run by the bin/vigie launcher: use bin/vigie " + name);
    return 2;
  }

  @Command(name = "serve", description = "Start the web application (http://localhost:8080, demo data on by default).")
  static final class Serve implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      return launcherOnly("serve");
    }
  }

  @Command(name = "test", description = "Run the full test suite (./mvnw verify with a JDK >= 21).")
  static final class Test implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      return launcherOnly("test");
    }
  }

  @Command(name = "build", description = "Build the engine and the application without running the tests.")
  static final class Build implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      return launcherOnly("build");
    }
  }

  @Command(
      name = "bench",
      description =
          "Benchmarks: 'bench ledger' (ledger import) and 'bench assess' (end-to-end assessment), each against DuckDB.")
  static final class Bench implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      return launcherOnly("bench");
    }
  }
}
