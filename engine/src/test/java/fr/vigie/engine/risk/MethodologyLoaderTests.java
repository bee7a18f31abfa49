package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.kernel.RiskCategory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MethodologyLoaderTests {

  static final String VALID = """
      id: test
      version: 2.0.0
      levels:
        thresholds: {low: 0.2, medium: 0.4, high: 0.6, very_high: 0.8}
      categories:
        environmental:
          aggregation: geometric_mean
          indicators:
            - {id: epi, weight: 2, orientation: higher_is_better, scale: {min: 0, max: 100}}
        human_rights:
          indicators:
            - {id: wgi_va, weight: 1, orientation: higher_is_better, scale: {min: -2.5, max: 2.5}}
        socio_economic_political:
          indicators:
            - {id: fsi_total, weight: 1, orientation: higher_is_worse, scale: {min: 0, max: 120}}
      stage_risk:
        combination: max
      """;

  static Methodology parse(String yaml) {
    return MethodologyLoader.parse(new StringReader(yaml), "m.yaml", Path.of("."), Methodology.REFERENCE_INDICATORS);
  }

  @Test
  void theDefaultMethodologyLoadsWithTheDocumentedSettings() {
    Methodology m = Methodology.loadDefault();
    assertThat(m.ref()).isEqualTo(new Methodology.Ref("vigie-default", "1.0.0"));
    assertThat(m.category(RiskCategory.ENVIRONMENTAL).indicators()).extracting(IndicatorSpec::id)
        .containsExactly("epi", "ndgain_vulnerability");
    assertThat(m.category(RiskCategory.HUMAN_RIGHTS).indicators()).extracting(IndicatorSpec::id)
        .containsExactly("wgi_va", "fh_cl", "fsi_p3");
    assertThat(m.category(RiskCategory.SOCIO_ECONOMIC_POLITICAL).indicators()).extracting(IndicatorSpec::id)
        .containsExactly("wgi_pv", "wgi_rl", "wgi_cc", "wgi_ge", "wgi_rq", "fsi_total");
    assertThat(m.bands().veryHigh()).isEqualTo(0.8);
    assertThat(m.minCoverage()).isEqualTo(0.5);
    assertThat(m.missingData()).isEqualTo(MissingDataPolicy.REWEIGHT);
    assertThat(m.stageCombination().rule()).isEqualTo(StageCombination.Rule.WEIGHTED_MEAN);
  }

  @Test
  void aValidFileIsReadWithItsSettings() {
    Methodology m = parse(VALID);
    assertThat(m.ref().toString()).isEqualTo("test 2.0.0");
    assertThat(m.category(RiskCategory.ENVIRONMENTAL).aggregation()).isEqualTo(Aggregation.GEOMETRIC_MEAN);
    assertThat(m.category(RiskCategory.ENVIRONMENTAL).indicators().get(0).weight()).isEqualTo(2.0);
    assertThat(m.stageCombination().rule()).isEqualTo(StageCombination.Rule.MAX);
  }

  @Test
  void aNegativeWeightIsRefusedWithFileAndLine() {
    String yaml = VALID.replace("weight: 2,", "weight: -1,");
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(ProblemException.class)
        .hasMessageStartingWith("m.yaml:9:")
        .hasMessageContaining("weight of 'epi' must be > 0")
        .hasMessageContaining("negative");
  }

  @Test
  void anUnknownIndicatorIsRefusedWithFileAndLine() {
    String yaml = VALID.replace("id: wgi_va", "id: wgi_vax");
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(ProblemException.class)
        .hasMessageStartingWith("m.yaml:12:")
        .hasMessageContaining("unknown indicator 'wgi_vax'");
  }

  @Test
  void thresholdsThatDoNotIncreaseAreRefusedWithFileAndLine() {
    String yaml = VALID.replace("high: 0.6,", "high: 0.3,");
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(ProblemException.class)
        .hasMessageStartingWith("m.yaml:4:")
        .hasMessageContaining("levels.thresholds.high = 0.3")
        .hasMessageContaining("strictly increasing");
  }

  @Test
  void aMisspeltKeyIsRefused() {
    String yaml = VALID.replace("stage_risk:", "stage_risks:");
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(ProblemException.class)
        .hasMessageStartingWith("m.yaml:16:")
        .hasMessageContaining("unknown key 'stage_risks'");
  }

  @Test
  void aMissingCategoryIsRefused() {
    String yaml = VALID.replace("  human_rights:\n", "  humanrights:\n");
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("unknown risk category 'humanrights'");
  }

  @Test
  void aWeightThatIsNotANumberIsRefused() {
    String yaml = VALID.replace("weight: 2,", "weight: heavy,");
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(ProblemException.class)
        .hasMessageStartingWith("m.yaml:9:")
        .hasMessageContaining("must be a number, got 'heavy'");
  }

  @Test
  void brokenYamlIsRefusedWithALine() {
    assertThatThrownBy(() -> parse("id: x\nversion: [1\ncategories: {"))
        .isInstanceOf(ProblemException.class)
        .hasMessageStartingWith("m.yaml:")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void aCustomIndicatorFromTheUsersCsvCanBeReferenced(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ituc.csv"), "country,value,year\nCOD,5,2024\nFrance,2,2024\n");
    Path file = dir.resolve("custom.yaml");
    Files.writeString(file, VALID.replace("    - {id: wgi_va,",
        "    - {id: ituc, weight: 1, orientation: higher_is_worse, scale: {min: 1, max: 6}}\n"
            + "      - {id: wgi_va,")
        + "custom_indicators:\n  - {id: ituc, name: ITUC Global Rights Index, source: ITUC 2024, file: ituc.csv}\n");
    Methodology m = Methodology.load(file);
    assertThat(m.category(RiskCategory.HUMAN_RIGHTS).indicators()).extracting(IndicatorSpec::id)
        .containsExactly("ituc", "wgi_va");
    IndicatorSource custom = IndicatorCsv.source(m, TestCountries.small());
    assertThat(custom.find("FRA", "ituc")).contains(new IndicatorReading(2, 2024, "ITUC 2024"));
    assertThat(custom.find("CHN", "ituc")).isEmpty();
  }

  @Test
  void aCustomIndicatorWhoseFileIsMissingIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("custom.yaml");
    Files.writeString(file, VALID + "custom_indicators:\n  - {id: ituc, file: nowhere.csv}\n");
    assertThatThrownBy(() -> Methodology.load(file))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("custom.yaml:19:")
        .hasMessageContaining("indicator file not found");
  }

  @Test
  void aMissingFileIsRefused() {
    assertThatThrownBy(() -> Methodology.load(Path.of("does-not-exist.yaml")))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("methodology file not found");
  }

  @Test
  void aKeyWrittenTwiceIsRefusedNamingItsLine() {
    // version on line 2, then again on line 3: the second would silently win without this check
    String yaml = VALID.replace("version: 2.0.0\n", "version: 2.0.0\nversion: 3.0.0\n");
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.first().code()).isEqualTo("yaml.duplicate_key");
          assertThat(e.first().source()).isEqualTo("m.yaml");
          assertThat(e.first().line()).isEqualTo(3);
          assertThat(e.first().path()).isEqualTo("version");
        })
        .hasMessage("m.yaml:3 (version): key 'version' appears twice (first on line 2)");
  }

  @Test
  void aKeyWrittenTwiceInsideAnIndicatorIsRefusedToo() {
    String yaml = VALID.replace("{id: epi, weight: 2,", "{id: epi, weight: 2, weight: 3,");
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.first().code()).isEqualTo("yaml.duplicate_key");
          assertThat(e.first().line()).isEqualTo(9);
        });
  }
}
