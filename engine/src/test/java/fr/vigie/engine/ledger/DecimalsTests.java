package fr.vigie.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class DecimalsTests {

  private static double parse(String s, boolean comma) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    return Decimals.parse(b, 0, b.length, comma);
  }

  @Property
  void plainDecimalsParseExactlyLikeParseDouble(@ForAll @DoubleRange(min = -1e12, max = 1e12) double v) {
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
