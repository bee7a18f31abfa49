package fr.vigie.engine.ledger;

import static fr.vigie.engine.ledger.LedgerFixtures.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.SeededProperty;
import fr.vigie.engine.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any ledger written with RFC 4180 quoting (delimiters, quotes, line breaks and accents in the
 * text, LF or CRLF, either delimiter) reads back to the lines and masses written, whatever the
 * buffer size. Runs over seeded random cases (see {@link Seeds}).
 */
class CsvReaderPropertyTests {

  record Row(String item, String material, int grams) {}

  static LongStream seeds() {
    return Seeds.seeds(CsvReaderPropertyTests.class.getName(), 300);
  }

  /** 1 to 40 rows: a non-blank item text of 1..12 characters, a material and a mass in grams. */
  static List<Row> rows(Random r) {
    return Seeds.listOf(r, 1, 40, x -> {
      String text;
      do {
        text = Seeds.stringOf(x, "ab ,;\"\n\ré€", 1, 12);
      } while (text.isBlank());
      return new Row(text, Seeds.oneOf(x, "copper", "Cuivre", "tin", "Étain", "cobalt"),
          Seeds.intBetween(x, 0, 10_000_000));
    });
  }

  private static String quoted(String s, char sep) {
    boolean needs = s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
        || s.startsWith(" ") || s.endsWith(" ");
    return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  @SeededProperty
  @MethodSource("seeds")
  void writtenLedgersReadBack(long seed) {
    Random random = new Random(seed);
    List<Row> rows = rows(random);
    boolean semicolon = random.nextBoolean();
    boolean crlf = random.nextBoolean();
    int bufferSize = Seeds.intBetween(random, 1, 64);
    char sep = semicolon ? ';' : ',';
    String eol = crlf ? "\r\n" : "\n";
    StringBuilder sb = new StringBuilder("item").append(sep).append("material").append(sep).append("mass_kg").append(eol);
    long grams = 0;
    for (Row r : rows) {
      sb.append(quoted(r.item(), sep)).append(sep).append(r.material()).append(sep)
          .append(r.grams() / 1000).append(semicolon ? ',' : '.').append(String.format("%03d", r.grams() % 1000))
          .append(eol);
      grams += r.grams();
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    Ledger l = accepted(LedgerFixtures.csvSmallBuffer(bytes, bufferSize));
    assertThat(l.lines()).isEqualTo(rows.size());
    // the sum of the parsed masses equals the written grams (rounding of each x.yyy kg value aside)
    assertThat(l.totalMassKg() * 1000).isCloseTo((double) grams, org.assertj.core.api.Assertions.within(1e-6 * rows.size() * 1000));
  }
}
