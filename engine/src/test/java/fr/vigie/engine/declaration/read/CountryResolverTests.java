package fr.vigie.engine.declaration.read;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.refdata.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RMI country spellings resolve through the project's country registry. */
class CountryResolverTests {
  static final CountryResolver RESOLVER = new CountryResolver(ReferenceData.loadDefault().countries());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CHINA|CHN", "Congo, Democratic Republic of the|COD", "CONGO, DEMOCRATIC REPUBLIC OF THE|COD",
      "Korea, Republic of|KOR", "Taiwan, Province of China|TWN", "Viet Nam|VNM", "Russian Federation|RUS",
      "Bolivia (Plurinational State of)|BOL", "Tanzania, United Republic of|TZA", "United States of America|USA",
      "Chine|CHN", "Brésil|BRA", "Rwanda|RWA", "JP|JPN"})
  void rmiSpellings(String text, String alpha3) {
    assertThat(RESOLVER.alpha3(text)).contains(alpha3);
  }

  @Test
  void mineCountryCellsWithSeveralCountriesAndRecycledMaterial() {
    CountryResolver.Resolved r = RESOLVER.many("Peru; Bolivia (Plurinational State of) / Recycled, Atlantis");
    assertThat(r.codes()).containsExactly("PER", "BOL");
    assertThat(r.unknown()).containsExactly("Atlantis");
    assertThat(RESOLVER.many("Congo, Democratic Republic of the").codes()).containsExactly("COD");
    assertThat(RESOLVER.alpha3("Atlantis")).isEmpty();
  }
}
