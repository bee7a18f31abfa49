package fr.vigie.engine.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Helpers for tests that load corrupted copies of the bundled reference files. */
final class RefDataFixtures {
  private RefDataFixtures() {}

  /** Copies every bundled curated file into the directory. */
  static void copyBundled(Path dir) throws IOException {
    Path bundled;
    try {
      // a file, not the folder: the test classes have a folder of the same package name
      bundled =
          Path.of(ReferenceData.class.getResource(ReferenceData.RESOURCE_DIR + "countries.csv").toURI())
              .getParent();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    try (Stream<Path> files = Files.list(bundled)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          Files.copy(in, dir.resolve(f.getFileName().toString()));
        }
      }
    }
  }

  static void appendLine(Path dir, String file, String line) throws IOException {
    Path p = dir.resolve(file);
    String text = Files.readString(p, StandardCharsets.UTF_8);
    if (!text.endsWith("\n")) {
      text += "\n";
    }
    Files.writeString(p, text + line + "\n", StandardCharsets.UTF_8);
  }

  /** Replaces the first occurrence of a text, failing the test when it is not found. */
  static void replaceInFile(Path dir, String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String text = Files.readString(p, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
  }

  /** Number of lines of the file (the last line's number). */
  static int lineCount(Path dir, String file) throws IOException {
    return (int) Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8).size();
  }

  /** Line number (1-based) of the first line containing the text. */
  static int lineOf(Path dir, String file, String text) throws IOException {
    var lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not found in " + file);
  }
}
