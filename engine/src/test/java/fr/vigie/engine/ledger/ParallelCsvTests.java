package fr.vigie.engine.ledger;

import fr.vigie.engine.kernel.ProblemException;
import static fr.vigie.engine.ledger.LedgerFixtures.accepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read in chunks by several threads gives what one thread gives. */
class ParallelCsvTests {
  private static final LedgerReferences REFS = LedgerReferences.bundled();
  private static final LedgerImporter ONE = new LedgerImporter(REFS).withThreads(1);
  /** Three threads, chunks from 64 KiB: small test files are cut. */
  private static final LedgerImporter THREE = new LedgerImporter(REFS, 3, 64 << 10);

  @TempDir Path dir;

  private Path generated(String name, long lines, boolean french) throws IOException {
    Path f = dir.resolve(name);
    try (OutputStream o = Files.newOutputStream(f)) {
      SyntheticLedger.write(lines, 11, french, o);
    }
    return f;
  }

  private static void assertSameLedger(Ledger a, Ledger b) {
    assertThat(b.lines()).isEqualTo(a.lines());
    assertThat(b.firstYear()).isEqualTo(a.firstYear());
    assertThat(b.lastYear()).isEqualTo(a.lastYear());
    assertThat(b.filieres()).extracting(FiliereAggregate::material)
        .containsExactlyElementsOf(a.filieres().stream().map(FiliereAggregate::material).toList());
    for (int i = 0; i < a.filieres().size(); i++) {
      FiliereAggregate x = a.filieres().get(i);
      FiliereAggregate y = b.filieres().get(i);
      assertThat(y.lines()).isEqualTo(x.lines());
      assertThat(y.suppliers()).isEqualTo(x.suppliers());
      assertThat(y.smelters()).isEqualTo(x.smelters());
      double tol = 1e-9 * x.massKg();
      assertThat(y.massKg()).isCloseTo(x.massKg(), within(tol));
      assertThat(y.spendEur()).isCloseTo(x.spendEur(), within(1e-9 * x.spendEur()));
      assertThat(y.massKnownOriginKg()).isCloseTo(x.massKnownOriginKg(), within(tol));
      assertThat(y.massKnownRefinerKg()).isCloseTo(x.massKnownRefinerKg(), within(tol));
      assertThat(y.massWithSmelterIdKg()).isCloseTo(x.massWithSmelterIdKg(), within(tol));
      assertThat(y.recycledMassKg()).isCloseTo(x.recycledMassKg(), within(tol));
      assertThat(y.massByOriginCountry().keySet()).isEqualTo(x.massByOriginCountry().keySet());
      for (Map.Entry<fr.vigie.engine.country.Country, Double> e : x.massByRefinerCountry().entrySet()) {
        assertThat(y.massByRefinerCountry().get(e.getKey())).isCloseTo(e.getValue(), within(tol));
      }
    }
  }

  @Test
  void chunksGiveTheSameLedgerAsOneThreadInBothLayouts() throws IOException {
    for (boolean french : new boolean[] {false, true}) {
      Path f = generated("gen" + french + ".csv", 20_000, french);
      assertThat(Files.size(f)).isGreaterThan(3 * (64 << 10));
      // the chunked path itself answers (no fall-back to one thread)
      assertThat(ParallelCsv.read(f, "gen.csv", LedgerOptions.defaults(), REFS, 3, 64 << 10)).isPresent();
      assertSameLedger(accepted(ONE.importFile(f, LedgerOptions.defaults())),
          accepted(THREE.importFile(f, LedgerOptions.defaults())));
    }
  }

  @Test
  void errorsKeepTheirLineNumbersAndOrder() throws IOException {
    Path f = generated("gen.csv", 20_000, false);
    // spoil one line in twenty-five: line n (data lines start at line 2)
    java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(f));
    for (int i = 1; i < lines.size(); i += 25) {
      lines.set(i, lines.get(i).replaceFirst(",(copper|Copper|Cuivre|nickel|Nickel),", ",unobtainium,"));
    }
    Files.write(f, lines);
    LedgerOptions all = LedgerOptions.defaults().withMaxListedErrors(10_000);
    ImportReport one = LedgerFixtures.rejected(ONE.importFile(f, all));
    ImportReport three = LedgerFixtures.rejected(THREE.importFile(f, all));
    assertThat(one.errorCount()).isGreaterThan(100);
    assertThat(three.errors()).isEqualTo(one.errors());
    assertThat(three.errorCount()).isEqualTo(one.errorCount());
    assertThat(three.dataLines()).isEqualTo(20_000);
    assertThat(ParallelCsv.read(f, "gen.csv", all, REFS, 3, 64 << 10)).isPresent();
    // with the default cap, the first hundred in file order
    assertThat(LedgerFixtures.rejected(THREE.importFile(f, LedgerOptions.defaults())).errors())
        .isEqualTo(one.errors().subList(0, 100));
    assertSameLedger(accepted(ONE.importFile(f, all.withSkipInvalid(true))),
        accepted(THREE.importFile(f, all.withSkipInvalid(true))));
  }

  @Test
  void quotedLineBreaksAcrossCutsGiveTheSameResult() throws IOException {
    StringBuilder sb = new StringBuilder("item,description,material,mass_kg\n");
    for (int i = 0; i < 40_000; i++) {
      sb.append("i").append(i).append(",\"").append("a long\ndescription\n".repeat(i % 7)).append("\",")
          .append(i % 2 == 0 ? "tin" : "copper").append(',').append(i % 100).append('\n');
    }
    Path f = Files.writeString(dir.resolve("quoted.csv"), sb);
    assertSameLedger(accepted(ONE.importFile(f, LedgerOptions.defaults())),
        accepted(THREE.importFile(f, LedgerOptions.defaults())));
  }

  @Test
  void encodingErrorInALaterChunkNamesItsTrueLine() throws IOException {
    Path f = generated("gen.csv", 20_000, false);
    byte[] b = Files.readAllBytes(f);
    int at = (int) (b.length * 0.8);
    while (b[at] != ',') {
      at++;
    }
    b[at + 1] = (byte) 0xFF;
    Files.write(f, b);
    String expected = null;
    try {
      ONE.importFile(f, LedgerOptions.defaults());
    } catch (fr.vigie.engine.kernel.ProblemException e) {
      expected = e.getMessage();
    }
    assertThat(expected).contains("not valid UTF-8 (byte 0xFF at byte offset " + (at + 1) + ")");
    assertThatThrownBy(() -> THREE.importFile(f, LedgerOptions.defaults())).hasMessage(expected);
  }

  /** The outcome as text: the error message, or the report's errors. */
  private static String outcome(LedgerImporter importer, Path f) {
    try {
      LedgerImport r = importer.importFile(f, LedgerOptions.defaults());
      return r.getClass().getSimpleName() + " " + r.report().errorCount() + " " + r.report().errors();
    } catch (fr.vigie.engine.kernel.ProblemException e) {
      return e.getMessage();
    }
  }

  @Test
  void strayQuotesGiveTheSameOutcomeAsOneThread() throws IOException {
    Path f = generated("gen.csv", 20_000, false);
    String text = Files.readString(f, StandardCharsets.UTF_8);
    int cut = text.indexOf('\n', text.length() / 5) + 1;
    // a quote opening an item swallows lines up to the next quote: malformed lines, then the rest
    Path stray = Files.writeString(dir.resolve("stray.csv"), text.substring(0, cut) + "\"x" + text.substring(cut));
    assertThat(outcome(ONE, stray)).startsWith("Rejected");
    assertThat(outcome(THREE, stray)).isEqualTo(outcome(ONE, stray));
    // a quote that never closes: the whole rest of the file is one field
    String noQuotes = text.replace("\"", "").replace(", 3 cores", " 3 cores");
    int cut2 = noQuotes.indexOf('\n', noQuotes.length() / 5) + 1;
    Path unclosed = Files.writeString(dir.resolve("unclosed.csv"),
        noQuotes.substring(0, cut2) + "\"x" + noQuotes.substring(cut2));
    assertThat(outcome(ONE, unclosed)).contains("a quoted field is not closed before the end of the file");
    assertThat(outcome(THREE, unclosed)).isEqualTo(outcome(ONE, unclosed));
  }
}
