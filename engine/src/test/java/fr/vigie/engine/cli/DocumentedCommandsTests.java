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
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every {@code bin/vigie} command quoted in the README and the docs exists: its words are walked down
 * the command line's subcommands (a word that is neither a subcommand nor an argument of a command
 * that takes arguments is an unknown command, such as the {@code declarations check} the docs once
 * cited), then a command that has a {@code --help} option is run with it and must succeed. The commands {@code bin/vigie}
 * runs itself without the command line ({@code backup}, {@code restore}) must be among its cases.
 *
 * <p>Every command of the docs' code blocks, and every one quoted inline that is complete, is also
 * run, in-process (an inline quote of a command's name alone, such as {@code bin/vigie regulations},
 * or one the command line refuses for a missing required option only, such as {@code bin/vigie
 * assess --out report.html}, names a command or mentions an option in a sentence)
 * through {@link VigieCli}, and must succeed: files under {@code examples/} are the repository's,
 * other files (outputs, {@code /tmp/...}) are in a temporary directory, shared by the commands of
 * one document in their order (a file written by one command is read by the next). Optional parts
 * ({@code [...]}) are left out and the first of alternatives ({@code a|b}) is taken; a synopsis
 * that still has placeholders ({@code <file>}, {@code N}, {@code ...}) is only checked as above.
 * Benchmark sizes are made small ({@link #SMALLER}). Commands that need more than the command line
 * are listed in {@link #NOT_RUN} with the reason.
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
  /** Commands of the docs' code blocks that are not run here, with the reason. */
  static final Map<String, String> NOT_RUN = Map.of(
      "serve", "starts the web server (the application's tests start it)",
      "test", "runs the whole Maven build",
      "build", "runs Maven",
      "bench", "builds and runs the benchmarks (a Maven profile, minutes of measurement)",
      "backup", "needs the application's database (BackupCommandIntegrationTests runs it)",
      "restore", "needs the application's database (BackupCommandIntegrationTests runs it)",
      "data convert", "reads the raw public data set, which the repository does not hold");
  /** Benchmark sizes made small: the same command, a short run. */
  static final Map<String, String> SMALLER = Map.of("--count 1000", "--count 3", "--repeat 50", "--repeat 2",
      "--repeat 30", "--repeat 2");
  /** A word that names a file: a path, or a name with an extension. */
  private static final Pattern FILE = Pattern.compile("/.*|.*\\.(csv|xlsx|xls|html|json|yaml|yml|txt|pdf|docx|md|xml|zip)");
  /** A placeholder left in a synopsis. */
  private static final Pattern PLACEHOLDER = Pattern.compile(".*(<|>|\\.\\.\\.|…).*|[A-Z]");

  @TempDir Path work;

  @Test
  void everyCommandOfTheDocsRunsAndSucceeds() throws IOException {
    List<String> failed = new ArrayList<>();
    int ran = 0;
    for (Path file : documents()) {
      Path dir = Files.createDirectories(work.resolve(file.getFileName().toString()));
      List<String> commands = new ArrayList<>(codeBlockCommands(file));
      int inline = commands.size();
      commands.addAll(inlineCommands(file));
      for (int i = 0; i < commands.size(); i++) {
        List<String> args = runnable(commands.get(i));
        if (args == null) {
          continue;
        }
        List<String> rewritten = args.stream().map(a -> inWork(a, dir)).toList();
        if (i >= inline && (commandPath(args) != null && commandPath(args).size() == args.size()
            || mentionsAnOption(rewritten))) {
          continue; // a command named in a sentence, or one of its options mentioned
        }
        StringWriter err = new StringWriter();
        CommandLine cl = VigieCli.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(rewritten.toArray(String[]::new));
        ran++;
        if (code != 0) {
          failed.add(ROOT.relativize(file) + ": bin/vigie " + String.join(" ", args) + " -> exit " + code + ": "
              + err.toString().strip());
        }
      }
    }
    assertThat(ran).as("commands run").isGreaterThan(15);
    assertThat(failed).as("commands of the docs that fail").isEmpty();
  }

  @Test
  void aSynopsisIsRunWithoutItsOptionalPartsAndAPlaceholderIsNotRun() {
    assertThat(runnable("bin/vigie country COD [--json] [--explain] [--method my.yaml|record-2023]  # adds risk"))
        .containsExactly("country", "COD");
    assertThat(runnable("bin/vigie geopolrisk --importer FRA|EU|none")).containsExactly("geopolrisk", "--importer", "FRA");
    assertThat(runnable("VIGIE_JAVA_OPTS=-Xmx256m /usr/bin/time -v bin/vigie data check --repeat 50 > /dev/null"))
        .containsExactly("data", "check", "--repeat", "2");
    assertThat(runnable("bin/vigie declarations read <file>... [--json]")).isNull();
    assertThat(runnable("bin/vigie declarations generate --count N --out x")).isNull();
    assertThat(runnable("bin/vigie serve     # runs Vigie")).isNull();
    assertThat(runnable("bin/vigie data convert --from /path/to/shared/data")).isNull();
    assertThat(inWork("examples/ledger.csv", work)).isEqualTo(ROOT.resolve("examples/ledger.csv").toString());
    assertThat(inWork("/tmp/decl-bench", work)).isEqualTo(work.resolve("decl-bench").toString());
    assertThat(inWork("report.html", work)).isEqualTo(work.resolve("report.html").toString());
    assertThat(inWork("cobalt", work)).isEqualTo("cobalt");
  }

  /**
   * The arguments of a code block's command line, its optional parts left out, or null when it is
   * not run here (a placeholder, or a command of {@link #NOT_RUN}).
   */
  static List<String> runnable(String line) {
    String text = line.substring(line.indexOf("bin/vigie ") + "bin/vigie ".length());
    int comment = text.indexOf(" #");
    text = comment < 0 ? text : text.substring(0, comment);
    text = text.replaceAll("\\s*>\\s*/dev/null.*", "");
    for (String before = ""; !before.equals(text); ) {
      before = text;
      text = text.replaceAll("\\[[^\\[\\]]*\\]", "");
    }
    for (var e : SMALLER.entrySet()) {
      text = text.replace(e.getKey(), e.getValue());
    }
    List<String> words = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      if (PLACEHOLDER.matcher(word).matches()) {
        return null;
      }
      words.add(word.contains("|") ? word.substring(0, word.indexOf('|')) : word);
    }
    String command = String.join(" ", words);
    if (NOT_RUN.keySet().stream().anyMatch(c -> command.equals(c) || command.startsWith(c + " "))) {
      return null;
    }
    return words;
  }

  /** A file of the docs in the repository ({@code examples/}) or in the work directory; other words as they are. */
  static String inWork(String word, Path dir) {
    if (word.startsWith("-") || !FILE.matcher(word).matches()) {
      return word;
    }
    if (word.startsWith("examples/")) {
      return ROOT.resolve(word).toString();
    }
    return dir.resolve(word.startsWith("/tmp/") ? word.substring("/tmp/".length()) : word.replaceFirst("^/+", ""))
        .toString();
  }

  /**
   * Whether an inline quote is a mention of a command's option in a sentence, not a command to type:
   * the command line refuses it for a missing required option or parameter only.
   */
  static boolean mentionsAnOption(List<String> args) {
    try {
      VigieCli.commandLine().parseArgs(args.toArray(String[]::new));
      return false;
    } catch (CommandLine.MissingParameterException e) {
      return true;
    } catch (CommandLine.ParameterException e) {
      return false; // an unknown option or a bad value: run it, and fail
    }
  }

  /** The commands quoted inline ({@code `bin/vigie ...`}, over line breaks) outside code blocks, in order. */
  private static List<String> inlineCommands(Path file) throws IOException {
    StringBuilder prose = new StringBuilder();
    boolean block = false;
    for (String line : Files.readAllLines(file)) {
      if (line.strip().startsWith("```")) {
        block = !block;
      } else if (!block) {
        prose.append(line).append('\n');
      }
    }
    List<String> commands = new ArrayList<>();
    Matcher m = Pattern.compile("`(bin/vigie [a-z][^`]*)`").matcher(prose);
    while (m.find()) {
      commands.add(m.group(1).replaceAll("\\s+", " "));
    }
    return commands;
  }

  /** The command lines of the fenced code blocks of a document (continued lines joined), in order. */
  private static List<String> codeBlockCommands(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<String> commands = new ArrayList<>();
    boolean block = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("```")) {
        block = !block;
        continue;
      }
      if (!block || !QUOTED.matcher(line).find() || !line.contains("bin/vigie ")) {
        continue;
      }
      StringBuilder command = new StringBuilder(line.strip());
      while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
        command.setLength(command.length() - 1);
        command.append(' ').append(lines.get(++i).strip());
      }
      if (Character.isLetter(command.charAt(command.indexOf("bin/vigie ") + "bin/vigie ".length()))) {
        commands.add(command.toString());
      }
    }
    return commands;
  }

  private static List<Path> documents() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

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
    for (Path file : documents()) {
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
