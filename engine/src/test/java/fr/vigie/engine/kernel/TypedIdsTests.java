package fr.vigie.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.regulation.RegulationCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typed ids of the kernel: what they accept and refuse (with a problem rendered in both
 * languages), and their JSON, which is the bare string so that stored assessments and command
 * outputs keep their field values.
 */
class TypedIdsTests {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aCountryCodeIsThreeUpperCaseLetters() {
    assertThat(new CountryCode("COD").value()).isEqualTo("COD");
    assertThat(CountryCode.of(" cod ")).isEqualTo(new CountryCode("COD"));
    assertThat(CountryCode.of("chn").toString()).isEqualTo("CHN");
    assertThat(List.of(CountryCode.of("FRA"), CountryCode.of("CHN")).stream().sorted().toList())
        .containsExactly(CountryCode.of("CHN"), CountryCode.of("FRA"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CD", "CODE", "C0D", "Côd", "CO D", ""})
  void aCountryCodeRefusesWhatIsNotAnAlpha3Code(String text) {
    assertThatThrownBy(() -> CountryCode.of(text))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.first().code())
            .isIn("kernel.bad_country_code", "kernel.missing_country_code"));
    assertThatThrownBy(() -> new CountryCode(text)).isInstanceOf(ProblemException.class);
  }

  @Test
  void aBadCountryCodeIsNamedInBothLanguages() {
    ProblemException e = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
        () -> CountryCode.of("CD"));
    assertThat(e.first().render(Messages.of(Locale.ENGLISH))).isEqualTo(
        "invalid country code 'CD' (an ISO 3166-1 alpha-3 code: three letters, such as COD)");
    assertThat(e.first().render(Messages.of(Locale.FRENCH))).isEqualTo(
        "code pays non valide « CD » (un code ISO 3166-1 alpha-3 : trois lettres, comme COD)");
  }

  @Test
  void aRegulationIdIsLowerCaseWordsJoinedByHyphens() {
    assertThat(RegulationId.of(" eu-csddd ").value()).isEqualTo("eu-csddd");
    assertThat(new RegulationId("us-dodd-frank-1502").toString()).isEqualTo("us-dodd-frank-1502");
    for (String bad : List.of("EU-CSDDD", "eu_csddd", "-eu", "eu--csddd", "eu csddd", "")) {
      assertThatThrownBy(() -> RegulationId.of(bad)).as(bad)
          .isInstanceOfSatisfying(ProblemException.class,
              e -> assertThat(e.first().code()).isEqualTo("kernel.bad_regulation_id"));
    }
    assertThatThrownBy(() -> RegulationId.of(null)).isInstanceOf(ProblemException.class);
  }

  @Test
  void inJsonAnIdIsItsString() {
    assertThat(JSON.writeValueAsString(CountryCode.of("COD"))).isEqualTo("\"COD\"");
    assertThat(JSON.readValue("\"COD\"", CountryCode.class)).isEqualTo(CountryCode.of("COD"));
    assertThat(JSON.writeValueAsString(RegulationId.of("eu-csddd"))).isEqualTo("\"eu-csddd\"");
    assertThat(JSON.readValue("\"eu-csddd\"", RegulationId.class)).isEqualTo(RegulationId.of("eu-csddd"));
    // a bad value in a file is refused, not read
    assertThatThrownBy(() -> JSON.readValue("\"cd\"", CountryCode.class)).hasRootCauseInstanceOf(ProblemException.class);
  }

  @Test
  void aRecordHoldingIdsKeepsItsJsonFieldsAndValues() {
    Assessment.CountryWeight w = new Assessment.CountryWeight(CountryCode.of("COD"), 0.75, "ledger");
    assertThat(w.code()).contains(CountryCode.of("COD"));
    assertThat(new Assessment.CountryWeight("OTHER", 0.1, "world").code()).isEmpty();
    assertThatThrownBy(() -> new Assessment.CountryWeight("cod", 0.1, "world")).isInstanceOf(ProblemException.class);
    String json = JSON.writeValueAsString(w);
    assertThat(json).isEqualTo("{\"country\":\"COD\",\"share\":0.75,\"source\":\"ledger\"}");
    assertThat(JSON.readValue(json, Assessment.CountryWeight.class)).isEqualTo(w);
    // the String-taking constructor is the same value
    assertThat(new Assessment.CountryWeight("COD", 0.75, "ledger")).isEqualTo(w);

    Assessment.RegulationLine line = new Assessment.RegulationLine("eu-csddd", Text.of("x"), "Directive (EU) 2024/1760",
        "applies", Optional.of(LocalDate.of(2029, 7, 26)), List.of(), List.of(), LocalDate.of(2026, 11, 30));
    assertThat(line.id()).isEqualTo(RegulationId.of("eu-csddd"));
  }

  @Test
  void theReferenceDataAndTheCatalogueAreLookedUpByTypedId() {
    assertThat(ReferenceData.loadDefault().countries().require(CountryCode.of("COD")).alpha2()).isEqualTo("CD");
    assertThat(ReferenceData.loadDefault().countries().find(CountryCode.of("XXX"))).isEmpty();
    assertThat(ReferenceData.loadDefault().countries().require("CD").code())
        .isEqualTo(CountryCode.of("COD"));
    RegulationCatalog catalog = RegulationCatalog.builtIn();
    assertThat(catalog.find(RegulationId.of("eu-csddd")).orElseThrow().regulationId())
        .isEqualTo(RegulationId.of("eu-csddd"));
    assertThat(catalog.find(RegulationId.of("no-such-text"))).isEmpty();
  }
}
