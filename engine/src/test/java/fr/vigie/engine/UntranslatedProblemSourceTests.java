package fr.vigie.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No engine code outside the input layer throws a problem without a code of its own: no {@code
 * error(...)} of the input layer (it gives the code {@code untranslated}, an English sentence the
 * French pages cannot render), and no string-message exception class such as the removed {@code
 * VigieException}.
 */
class UntranslatedProblemSourceTests {
  private static final Path SOURCES = Path.of("src/main/java/fr/vigie/engine");

  /** The input layer itself: it defines the untranslated calls. */
  private static final List<String> NOT_YET_CONVERTED = List.of("io/Fields.java", "io/Csv.java");

  /** {@code VigieException} (removed), {@code Fields.error(}, or {@code x.error(} other than Problem's. */
  static final Pattern UNTRANSLATED =
      Pattern.compile("\\bVigieException\\b|(?<!Problem)\\.error\\s*\\(");

  @Test
  void convertedPackagesThrowOnlyCodedProblems() throws IOException {
    assertThat(Files.isDirectory(SOURCES)).as("run from the engine module").isTrue();
    List<String> found = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String relative = SOURCES.relativize(f).toString().replace('\\', '/');
        if (NOT_YET_CONVERTED.stream().anyMatch(relative::startsWith)) {
          continue;
        }
        scanned++;
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (UNTRANSLATED.matcher(lines.get(i)).find()) {
            found.add(relative + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(scanned).as("source files scanned").isGreaterThan(100);
    assertThat(found).as("throw a ProblemException with a coded Problem instead").isEmpty();
  }

  @Test
  void thePatternCatchesTheUntranslatedForms() {
    assertThat(UNTRANSLATED.matcher("throw new VigieException(\"bad\");").find()).isTrue();
    assertThat(UNTRANSLATED.matcher("throw Fields.error(source, 3, \"bad\");").find()).isTrue();
    assertThat(UNTRANSLATED.matcher("throw r.error(\"id\", \"bad\");").find()).isTrue();
    assertThat(UNTRANSLATED.matcher("throw new ProblemException(Problem.error(\"x.y\"));").find()).isFalse();
    assertThat(UNTRANSLATED.matcher("throw r.problem(\"id\", \"refdata.listed_twice\", \"id\", id);").find()).isFalse();
  }
}
