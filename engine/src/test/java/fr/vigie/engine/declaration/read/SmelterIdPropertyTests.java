package fr.vigie.engine.declaration.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Smelter id normalisation: every way of writing an id of up to six digits gives CID + 6 digits. */
class SmelterIdPropertyTests {
  @Property
  void writtenFormsNormaliseToTheSameId(@ForAll @IntRange(min = 1, max = 999_999) int n) {
    String expected = String.format(Locale.ROOT, "CID%06d", n);
    assertThat(Values.smelterId("CID" + n)).contains(expected);
    assertThat(Values.smelterId("cid-" + n)).contains(expected);
    assertThat(Values.smelterId(" " + expected + " ")).contains(expected);
    assertThat(Values.smelterId(Integer.toString(n))).contains(expected);
    assertThat(Values.smelterId(expected).flatMap(Values::smelterId)).contains(expected);
  }
}
