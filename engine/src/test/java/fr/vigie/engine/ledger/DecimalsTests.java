package fr.vigie.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.SeededProperty;
import fr.vigie.engine.Seeds;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

class DecimalsTests {

  private static double parse(String s, boolean comma) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    return Decimals.parse(b, 0, b.length, comma);
  }

  static LongStream seeds() {
    return Seeds.seeds(DecimalsTests.class.getName(), 1000);
  }

  /** A value in -1e12..1e12 with two decimals, its magnitude drawn first so small values come up too. */
  private static double value(Random r) {
    double bound = Math.pow(10, Seeds.intBetween(r, 0, 12));
    return Seeds.doubleBetween(r, -bound, bound, 2);
  }

  @SeededProperty
  @MethodSource("seeds")
  void plainDecimalsParseExactlyLikeParseDouble(long seed) {
    double v = value(new Random(seed));
    String plain = new BigDecimal(Double.toString(v)).toPlainString();
    assertThat(parse(plain, false)).isEqualTo(Double.parseDouble(plain));
    assertThat(parse(plain.replace('.', ','), true)).isEqualTo(Double.parseDouble(plain));
    String sci = Double.toString(v);
    assertThat(parse(sci, false)).isEqualTo(v);
  }

  @Test
  void knownValues() {
    assertThat(parse("0.05", false)).isEqualTo(0.05);
    assertThat(parse("+12", false)).isEqualTo(12.0);
    assertThat(parse("-3.", false)).isEqualTo(-3.0);
    assertThat(parse(".5", false)).isEqualTo(0.5);
    assertThat(parse("1234567890.123456789", false)).isEqualTo(1234567890.123456789);
    assertThat(parse("1e3", false)).isEqualTo(1000.0);
    assertThat(parse("12,5", true)).isEqualTo(12.5);
  }

  @Test
  void nonNumbersGiveNaN() {
    for (String s : new String[] {"", "-", ".", "1.2.3", "12,5", "1 000", "abc", "NaN", "Infinity", "1e", "0x10", "1e999"}) {
      assertThat(parse(s, false)).as(s).isNaN();
    }
    assertThat(parse("1,2,3", true)).isNaN();
  }
}
