package fr.vigie.engine.ledger;

import static fr.vigie.engine.ledger.LedgerFixtures.accepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.mineral.MineralId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The generator is deterministic, and what it writes imports to the sums a naive reader finds. */
class SyntheticLedgerTests {

  private static final LedgerReferences REFS = LedgerReferences.bundled();

  private static byte[] generate(long lines, long seed, boolean french) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticLedger.write(lines, seed, french, out);
    return out.toByteArray();
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
    assertThat(generate(500, 42, false)).isEqualTo(generate(500, 42, false));
    assertThat(generate(500, 42, false)).isNotEqualTo(generate(500, 43, false));
    String fr = new String(generate(3, 1, true), StandardCharsets.UTF_8);
    assertThat(fr).startsWith("article;libellé;matière;masse_kg;fournisseur;pays_fournisseur;dépense_eur;"
        + "pays_origine;pays_affinage;id_fonderie;part_recyclée;année\n");
    assertThat(fr.lines()).hasSize(4);
  }

  @Test
  void importAgreesWithANaiveReaderInBothLayouts() throws IOException {
    for (boolean french : new boolean[] {false, true}) {
      byte[] bytes = generate(20_000, 9, french);
      Ledger ledger = accepted(new LedgerImporter(REFS).importCsv(
          new java.io.ByteArrayInputStream(bytes), "gen.csv", LedgerOptions.defaults()));
      Map<MineralId, double[]> expected = naiveSums(new String(bytes, StandardCharsets.UTF_8), french);
      assertThat(ledger.lines()).isEqualTo(20_000);
      assertThat(ledger.filieres()).hasSize(expected.size());
      for (FiliereAggregate f : ledger.filieres()) {
        double[] e = expected.get(f.material());
        assertThat(f.lines()).isEqualTo((long) e[0]);
        assertThat(f.massKg()).isCloseTo(e[1], within(1e-6 * e[1]));
        assertThat(f.spendEur()).isCloseTo(e[2], within(1e-6 * e[2]));
        assertThat(f.massKnownOriginKg()).isCloseTo(e[3], within(1e-6 * e[1]));
        assertThat(f.recycledMassKg()).isCloseTo(e[4], within(1e-6 * e[1]));
      }
    }
  }

  /** lines, mass, spend, mass of known origin, recycled mass per mineral, by String.split. */
  private static Map<MineralId, double[]> naiveSums(String text, boolean french) {
    Map<MineralId, double[]> sums = new HashMap<>();
    String sep = french ? ";" : ",";
    text.lines().skip(1).forEach(line -> {
      // the generator quotes only descriptions that contain the separator
      String l = line.replaceAll("\"[^\"]*\"", "desc");
      String[] c = l.split(sep, -1);
      MineralId m = REFS.materials().find(c[2]).orElseThrow();
      double mass = num(c[3]);
      double[] s = sums.computeIfAbsent(m, k -> new double[5]);
      s[0]++;
      s[1] += mass;
      s[2] += c[6].isEmpty() ? 0 : num(c[6]);
      s[3] += c[7].isEmpty() ? 0 : mass;
      s[4] += c[10].isEmpty() ? 0 : mass * num(c[10]);
    });
    return sums;
  }

  private static double num(String s) {
    return Double.parseDouble(s.replace(',', '.'));
  }

  /**
   * 100,000 lines streamed from the generator through a pipe (the file never exists in memory):
   * every line is accepted and the import allocates far less than the lines would take as strings.
   * Not a timing test.
   */
  @Test
  void hundredThousandLinesStreamInBoundedMemory() throws Exception {
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (out) {
        SyntheticLedger.write(100_000, 5, false, out);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    Ledger ledger;
    try (InputStream i = in) {
      ledger = accepted(new LedgerImporter(REFS).importCsv(i, "pipe.csv", LedgerOptions.defaults()));
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    writer.get();
    assertThat(ledger.lines()).isEqualTo(100_000);
    assertThat(ledger.filieres().stream().mapToLong(FiliereAggregate::lines).sum()).isEqualTo(100_000);
    assertThat(ledger.filieres().getFirst().material()).isEqualTo(new MineralId("copper"));
    // 100,000 lines of about 67 bytes are 13 MB as Java strings; the import allocates its 1 MiB
    // buffer, look-up tables and the strings of first-seen values only
    assertThat(allocated).isLessThan(8L << 20);
  }
}
