package fr.vigie.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No file of the repository that people read or the build uses keeps the marker lines of an
 * unresolved merge ({@code <<<<<<< } and {@code >>>>>>> } at a line's start): the README, the docs,
 * the scripts and every source, template, bundle, migration and data file of both modules. A
 * documentation page once shipped with both sides of a merge.
 */
class ConflictMarkersTests {

  private static final Path ROOT = Path.of("..");
  private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git");

  @Test
  void noFileKeepsTheMarkersOfAnUnresolvedMerge() throws IOException {
    List<String> found = new ArrayList<>();
    for (String top : List.of("README.md", "docs", "bin", "bench", ".ci", "engine/src", "app/src", "examples")) {
      Path start = ROOT.resolve(top);
      if (!Files.exists(start)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(start)) {
        files.filter(Files::isRegularFile)
            .filter(f -> SKIPPED.stream().noneMatch(s -> ROOT.relativize(f).toString().contains("/" + s + "/")))
            .forEach(f -> markers(f, found));
      }
    }
    assertThat(found).as("lines left by an unresolved merge").isEmpty();
  }

  private static void markers(Path file, List<String> found) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (MalformedInputException binary) {
      return; // images, fonts, spreadsheets: not text
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("<<<<<<< ") || line.startsWith(">>>>>>> ")) {
        found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + line);
      }
    }
  }
}
