package fr.vigie.engine.cli;

import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Turns the engine's expected failures (bad input, unknown ids) into clear lines on stderr, one per
 * {@link Problem} with its place, rendered from the message bundles in the command's {@code --lang}
 * language (English by default), and exit code 2; anything else is a bug and keeps its stack trace
 * (exit code 1).
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    if (ex instanceof ProblemException problems) {
      Messages messages = Messages.of(language(parseResult));
      for (Problem p : problems.problems()) {
        commandLine.getErr().println("vigie: " + p.render(messages));
      }
      return 2;
    }
    if (ex instanceof IllegalArgumentException) {
      commandLine.getErr().println("vigie: " + ex.getMessage());
      return 2;
    }
    ex.printStackTrace(commandLine.getErr());
    return 1;
  }

  /** The {@code --lang} given to the command that ran (the innermost one), or English. */
  static Locale language(CommandLine.ParseResult parseResult) {
    String lang = null;
    for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--lang")) {
        lang = String.valueOf((Object) r.matchedOptionValue("--lang", null));
      }
    }
    if (lang == null) {
      return Locale.ENGLISH;
    }
    try {
      return Lang.locale(lang);
    } catch (ProblemException notALanguage) {
      return Locale.ENGLISH;
    }
  }
}
