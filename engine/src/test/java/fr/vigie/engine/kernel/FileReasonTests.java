package fr.vigie.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.io.YamlReader;
import fr.vigie.engine.declaration.consolidate.KnownSmelters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a file could not be read is a coded reason rendered in the reader's language, never the JDK's
 * English exception text: a missing file, a folder, a denied access, bytes that are not UTF-8 (with
 * the line of the first bad byte).
 */
class FileReasonTests {
  @TempDir Path dir;

  private static String en(Problem p) {
    return p.render(Messages.of(Locale.ENGLISH));
  }

  private static String fr(Problem p) {
    return p.render(Messages.of(Locale.FRENCH));
  }

  private static Problem problemOf(Runnable r) {
    try {
      r.run();
    } catch (ProblemException e) {
      return e.first();
    }
    throw new AssertionError("no problem raised");
  }

  @Test
  void aFileThatIsNotUtf8IsNamedWithTheLineOfItsFirstBadByte() throws IOException {
    Path file = dir.resolve("latin1.yaml");
    // line 3 holds "é" written in ISO-8859-1 (one byte 0xE9), not UTF-8
    Files.write(file, "id: x\nversion: 1\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Problem p = problemOf(() -> YamlReader.read(file));
    assertThat(p.code()).isEqualTo("io.unreadable");
    assertThat(p.args()).containsExactly(Text.of("kernel.io.malformed_at_line", 3));
    assertThat(en(p)).contains("not valid UTF-8 text at line 3");
    assertThat(fr(p)).contains("ce n'est pas du texte UTF-8 valide à la ligne 3");
  }

  @Test
  void aFolderIsNotAFile() {
    Problem p = problemOf(() -> YamlReader.read(dir));
    assertThat(p.code()).isEqualTo("io.unreadable");
    assertThat(p.args()).containsExactly(Text.of("kernel.io.not_a_file"));
    assertThat(fr(p)).contains("ce n'est pas un fichier");
  }

  @Test
  void aMissingSmelterListIsNotFoundInBothLanguages() {
    Path missing = dir.resolve("nowhere.csv");
    Problem p = problemOf(() -> KnownSmelters.load(missing, null));
    assertThat(p.code()).isEqualTo("declaration.smelters_unreadable");
    assertThat(p.args()).containsExactly(Text.of("kernel.io.not_found"));
    assertThat(en(p)).contains("file not found").doesNotContain("NoSuchFile");
    assertThat(fr(p)).contains("fichier introuvable");
  }

  @Test
  void eachExceptionHasItsReason() {
    Path file = dir.resolve("f.txt");
    assertThat(FileReason.of(file, new AccessDeniedException(file.toString())))
        .isEqualTo(Text.of("kernel.io.access_denied"));
    assertThat(FileReason.of(new IOException("Stream closed"))).isEqualTo(Text.of("kernel.io.failed"));
    assertThat(FileReason.of(new java.nio.charset.MalformedInputException(1))).isEqualTo(Text.of("kernel.io.malformed"));
    assertThat(FileReason.syntax("XML", 12, new IllegalStateException("x")))
        .isEqualTo(Text.of("kernel.io.bad_syntax_at_line", "XML", 12));
    assertThat(Messages.of(Locale.FRENCH).render(FileReason.syntax("JSON", 0, new IllegalStateException("x"))))
        .isEqualTo("JSON mal formé");
  }

  @Test
  void theLineOfTheFirstBadByteIsCountedFromOne() {
    assertThat(FileReason.lineOfFirstBadByte("ok\nok\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(FileReason.lineOfFirstBadByte(new byte[] {(byte) 0xFF})).isEqualTo(Optional.of(1));
    assertThat(FileReason.lineOfFirstBadByte(new byte[] {'a', '\n', 'b', '\n', (byte) 0xC3, '('}))
        .isEqualTo(Optional.of(3));
  }

  @Test
  void aPriorityWeightsProblemIsCodedAndPlaced() throws IOException {
    Path file = dir.resolve("w.yaml");
    Files.writeString(file, "id: w\nversion: 1\nweights: {volume: 1, risk: 1, concentration: 1, regulation: 1,"
        + " traceability_gap: 1}\nrecommend_top: -1\n");
    Problem p = problemOf(() -> fr.vigie.engine.assessment.PriorityWeights.load(file));
    assertThat(p.code()).isNotEqualTo("weights.invalid");
    assertThat(p.source()).isEqualTo(file.toString());
    assertThat(fr(p)).doesNotContain("??");
  }
}
