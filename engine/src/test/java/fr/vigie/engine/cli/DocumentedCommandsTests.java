package fr.vigie.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every {@code bin/vigie} command quoted in the README and the docs exists: its words are walked down
 * the command line's subcommands (a word that is neither a subcommand nor an argument of a command
 * that takes arguments is an unknown command, such as the {@code declarations check} the docs once
 * cited), then a command that has a {@code --help} option is run with it and must succeed. The commands {@code bin/vigie}
 * runs itself without the command line ({@code backup}, {@code restore}) must be among its cases.
 */
class DocumentedCommandsTests {

  private static final Path ROOT = Path.of("..");
  /** {@code bin/vigie} and the words after it, up to an option, a path, a quote or the line's end. */
  private static final Pattern QUOTED = Pattern.compile("bin/vigie((?: [a-z][a-z0-9-]*)*)");
  /** The commands the launcher script handles itself (cases of {@code bin/vigie}). */
  private static final Set<String> SCRIPT_ONLY = Set.of("backup", "restore");
  /**
   * Commands the command line lists but {@code bin/vigie} runs (server, tests, build, benchmarks):
   * the words after them are their own arguments.
   */
  private static final Set<String> LAUNCHED = Set.of("serve", "test", "build", "bench");

  @Test
  void everyQuotedCommandExistsAndAnswersHelp() throws IOException {
    Map<String, String> quoted = quotedCommands();
    assertThat(quoted).as("the README quotes commands").containsKey("serve");
    String script = Files.readString(ROOT.resolve("bin/vigie"));
    List<String> unknown = new ArrayList<>();
    quoted.forEach(
        (command, where) -> {
          List<String> words = List.of(command.split(" "));
          if (SCRIPT_ONLY.contains(words.getFirst())) {
            if (!script.contains(words.getFirst() + "|") && !script.contains("|" + words.getFirst() + ")")) {
              unknown.add(command + " (" + where + "): not a case of bin/vigie");
            }
            return;
          }
          List<String> path = commandPath(words);
          if (path == null) {
            unknown.add(command + " (" + where + ")");
            return;
          }
          CommandLine found = VigieCli.commandLine();
          for (String word : path) {
            found = found.getSubcommands().get(word);
          }
          if (LAUNCHED.contains(path.getFirst())) {
            return; // run by bin/vigie itself (Maven, the server, the benchmarks), not by the command line
          }
          if (!found.getCommandSpec().mixinStandardHelpOptions()) {
            return; // found in the command line; no --help option to run
          }
          StringWriter out = new StringWriter();
          CommandLine cl = VigieCli.commandLine();
          cl.setOut(new PrintWriter(out));
          cl.setErr(new PrintWriter(new StringWriter()));
          List<String> args = new ArrayList<>(path);
          args.add("--help");
          int code = cl.execute(args.toArray(String[]::new));
          if (code != 0 || !out.toString().contains("Usage:")) {
            unknown.add(command + " (" + where + "): --help answered " + code);
          }
        });
    assertThat(unknown).as("commands quoted in the docs that do not exist").isEmpty();
  }

  @Test
  void aCommandThatDoesNotExistIsFound() {
    assertThat(commandPath(List.of("declarations", "check"))).isNull();
    assertThat(commandPath(List.of("nosuch"))).isNull();
    assertThat(commandPath(List.of("declarations", "read"))).containsExactly("declarations", "read");
    assertThat(commandPath(List.of("mineral", "cobalt"))).containsExactly("mineral");
    assertThat(commandPath(List.of("bench", "ledger"))).containsExactly("bench");
  }

  /**
   * The subcommand path of the quoted words (the words after it are arguments), or null when a word
   * names no subcommand of a command that takes no arguments.
   */
  private static List<String> commandPath(List<String> words) {
    CommandLine current = VigieCli.commandLine();
    List<String> path = new ArrayList<>();
    for (String word : words) {
      CommandLine sub = current.getSubcommands().get(word);
      if (sub != null) {
        path.add(word);
        current = sub;
        if (path.size() == 1 && LAUNCHED.contains(word)) {
          break;
        }
        continue;
      }
      boolean takesArguments = !current.getCommandSpec().positionalParameters().isEmpty();
      if (path.isEmpty() || !takesArguments) {
        return null;
      }
      break;
    }
    return path;
  }

  /** The quoted commands (their words) with the first file that quotes each. */
  private static Map<String, String> quotedCommands() throws IOException {
    Map<String, String> found = new TreeMap<>();
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    for (Path file : files) {
      String text = Files.readString(file);
      Matcher m = QUOTED.matcher(text);
      while (m.find()) {
        String command = m.group(1).strip();
        if (!command.isEmpty()) {
          found.putIfAbsent(command, ROOT.relativize(file).toString());
        }
      }
    }
    return found;
  }
}
