package fr.vigie.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.FrenchTexts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command that takes {@code --lang} prints its plain text entirely in French with {@code
 * --lang fr}: run in-process over the example files (profiles, ledger, scenario, generated supplier
 * declarations), its output has no {@code ??key??} placeholder and no English sentence (see {@link
 * FrenchTexts}), and none of the English labels the commands used to print.
 */
class FrenchCommandsTests {

  /** Proper names written alike in every language and the example files' own texts. */
  static final Set<String> ALLOWED;

  static {
    Set<String> allowed = new HashSet<>(FrenchReportsTests.ALLOWED);
    // an organisation's name (fair_cobalt_alliance's operator)
    allowed.add("The Impact Facility");
    ALLOWED = Set.copyOf(allowed);
  }

  /** Labels the commands printed in English whatever the language; their French twins replace them. */
  static final List<String> ENGLISH_LABELS = List.of("status:", "rules in effect", " minerals: ", "(not verified)",
      "obligations: ", "(as of", "Regulatory knowledge base", "Changes in the regulatory", ": yes", ": no\n",
      "(none)", "solutions (catalogue", "UNVERIFIED SCOPE", "REJECTED", "company \"", "smelter row", "error(s)",
      "files read", "distinct smelters", "unidentified rows", "written ", "wrote ", "warning:");

  @TempDir static Path dir;
  static Path declarations;

  @BeforeAll
  static void generateDeclarations() throws Exception {
    declarations = dir.resolve("declarations");
    assertThat(run("declarations", "generate", "--count", "3", "--out", declarations.toString(), "--seed", "11",
        "--min-rows", "4", "--max-rows", "8").code()).isZero();
    Files.writeString(declarations.resolve("zz-not-a-workbook.xlsx"), "not a workbook");
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = VigieCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static String example(String path) {
    return AssessCommandTests.ROOT.resolve("examples").resolve(path).toString();
  }

  static Stream<Arguments> commands() throws Exception {
    List<Arguments> all = new ArrayList<>();
    all.add(Arguments.of("regulations list", List.of("regulations", "list", "--date", "2026-11-30")));
    all.add(Arguments.of("regulations changes", List.of("regulations", "changes", "--since", "2024-01-01")));
    for (String profile : List.of("french-industrial-group", "eu-gold-importer", "german-battery-maker",
        "french-sme", "us-listed-electronics")) {
      all.add(Arguments.of("regulations " + profile, List.of("regulations", "--profile",
          example("profiles/" + profile + ".yaml"), "--date", "2026-11-30")));
    }
    all.add(Arguments.of("minerals", List.of("minerals")));
    all.add(Arguments.of("mineral", List.of("mineral", "cobalt")));
    all.add(Arguments.of("mineral", List.of("mineral", "tin")));
    all.add(Arguments.of("country", List.of("country", "COD")));
    all.add(Arguments.of("country", List.of("country", "CHN")));
    all.add(Arguments.of("solutions", List.of("solutions")));
    all.add(Arguments.of("assess", List.of("assess", "--profile", AssessCommandTests.PROFILE, "--ledger",
        AssessCommandTests.LEDGER, "--date", "2026-11-30", "--scenario", example("scenarios/cobalt-finland.yaml"))));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void printsFrenchOnly(String name, List<String> args) {
    List<String> withLang = new ArrayList<>(args);
    withLang.addAll(List.of("--lang", "fr"));
    Run r = run(withLang.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertFrench(r.out());
    assertFrench(r.err());
  }

  @Test
  void declarationsReadAndConsolidateInFrench() throws Exception {
    List<String> files;
    try (Stream<Path> s = Files.list(declarations)) {
      files = s.map(Path::toString).sorted().toList();
    }
    List<String> read = new ArrayList<>(List.of("declarations", "read"));
    read.addAll(files);
    read.addAll(List.of("--lang", "fr"));
    Run r = run(read.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("REFUSÉ [not-excel]").contains("ligne de fonderie");
    assertFrench(r.out());

    Run c = run("declarations", "consolidate", declarations.toString(), "--out", dir.resolve("s.csv").toString(),
        "--lang", "fr");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).contains("3 fichiers lus, 1 refusés");
    assertFrench(c.out());
  }

  @Test
  void commandsThatWriteAFileSayItInFrench() {
    Path html = dir.resolve("rapport.html");
    Run assess = run("assess", "--profile", AssessCommandTests.PROFILE, "--ledger", AssessCommandTests.LEDGER,
        "--date", "2026-11-30", "--lang", "fr", "--out", html.toString());
    assertThat(assess.code()).as(assess.err()).isZero();
    assertThat(assess.out()).contains("écrit\u00a0: " + html);
    assertFrench(assess.out());
    assertFrench(assess.err());
    Path plan = dir.resolve("plan.html");
    Run report = run("report", "vigilance-plan", "--profile", AssessCommandTests.PROFILE, "--ledger",
        AssessCommandTests.LEDGER, "--date", "2026-11-30", "--lang", "fr", "--out", plan.toString());
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(report.out()).contains("écrit\u00a0: " + plan);
    assertFrench(report.out());
    assertFrench(report.err());
  }

  @Test
  void theLabelCheckFindsEnglish() {
    // the same checks on the English output of a command fail: they can fail
    Run r = run("regulations", "list", "--date", "2026-11-30", "--lang", "en");
    assertThat(ENGLISH_LABELS.stream().filter(r.out()::contains)).isNotEmpty();
    assertThat(FrenchTexts.englishSentences(List.of(r.out().split("\n")), ALLOWED)).isNotEmpty();
  }

  private static void assertFrench(String text) {
    assertThat(FrenchTexts.placeholders(text)).as("missing message keys").isEmpty();
    assertThat(FrenchTexts.englishSentences(List.of(text.split("\n")), ALLOWED)).as("English sentences").isEmpty();
    assertThat(ENGLISH_LABELS.stream().filter(text::contains)).as("English labels").isEmpty();
    // a term of a text's part (regime, Annex I note) unnamed would show as <text id>#<part>
    assertThat(text).as("raw term ids").doesNotContainPattern("[a-z0-9]+(-[a-z0-9]+)*#[a-z0-9]");
  }
}
