package fr.vigie.engine.ledger;

import static fr.vigie.engine.ledger.LedgerFixtures.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Any ledger written with RFC 4180 quoting (delimiters, quotes, line breaks and accents in the
 * text, LF or CRLF, either delimiter) reads back to the lines and masses written, whatever the
 * buffer size.
 */
class CsvReaderPropertyTests {

  record Row(String item, String material, int grams) {}

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<String> text = Arbitraries.strings().withChars("ab ,;\"\n\ré€").ofMinLength(1).ofMaxLength(12)
        .filter(s -> !s.isBlank());
    Arbitrary<String> material = Arbitraries.of("copper", "Cuivre", "tin", "Étain", "cobalt");
    Arbitrary<Integer> grams = Arbitraries.integers().between(0, 10_000_000);
    return Combinators.combine(text, material, grams).as(Row::new).list().ofMinSize(1).ofMaxSize(40);
  }

  private static String quoted(String s, char sep) {
    boolean needs = s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
        || s.startsWith(" ") || s.endsWith(" ");
    return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  @Property(tries = 300)
  void writtenLedgersReadBack(
      @ForAll("rows") List<Row> rows, @ForAll boolean semicolon, @ForAll boolean crlf,
      @ForAll @IntRange(min = 1, max = 64) int bufferSize) {
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
