package fr.vigie.engine.cli;

import fr.vigie.engine.kernel.VigieException;
import picocli.CommandLine;

/**
 * Turns the engine's expected failures (bad input, unknown ids) into one clear line on stderr and
 * exit code 2; anything else is a bug and keeps its stack trace (exit code 1).
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    if (ex instanceof VigieException || ex instanceof IllegalArgumentException) {
      commandLine.getErr().println("vigie: " + ex.getMessage());
      return 2;
    }
    ex.printStackTrace(commandLine.getErr());
    return 1;
  }
}
