package fr.vigie.engine.declaration.read;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.SeededProperty;
import fr.vigie.engine.Seeds;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.provider.MethodSource;

/** Smelter id normalisation: every way of writing an id of up to six digits gives CID + 6 digits (over seeded random cases, see {@link Seeds}). */
class SmelterIdPropertyTests {
  static LongStream seeds() {
    return Seeds.seeds(SmelterIdPropertyTests.class.getName(), 1000);
  }

  @SeededProperty
  @MethodSource("seeds")
  void writtenFormsNormaliseToTheSameId(long seed) {
    int n = Seeds.intBetween(new Random(seed), 1, 999_999);
    String expected = String.format(Locale.ROOT, "CID%06d", n);
    assertThat(Values.smelterId("CID" + n)).contains(expected);
    assertThat(Values.smelterId("cid-" + n)).contains(expected);
    assertThat(Values.smelterId(" " + expected + " ")).contains(expected);
    assertThat(Values.smelterId(Integer.toString(n))).contains(expected);
    assertThat(Values.smelterId(expected).flatMap(Values::smelterId)).contains(expected);
  }
}
