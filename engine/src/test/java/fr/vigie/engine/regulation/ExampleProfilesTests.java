package fr.vigie.engine.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.regulation.profile.CompanyProfileReader;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import fr.vigie.engine.regulation.profile.ProfileRead;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The documented example profiles of {@code examples/profiles/} give the outcomes shown in {@code
 * docs/regulations.md} on the fixed reference date 2026-11-30. Each expected string lists, in
 * catalogue order, "A" (applies, followed by the date), "N" (does not apply), "?" (cannot tell) or
 * "R" (recommended, voluntary framework).
 */
class ExampleProfilesTests {
  private static final Path DIR = Path.of("..", "examples", "profiles");
  private static final fr.vigie.engine.refdata.ReferenceData DATA =
      fr.vigie.engine.refdata.ReferenceData.loadDefault();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // outcomes in catalogue order: fr-dov csddd conflict batteries crma eudr csrd forced lksg
        // dodd-frank oecd uk-msa uflpa ch-ddtro no-transparency ru-gold
        "french-industrial-group.yaml | A2017-03-29 A2029-07-26 N N A2027-05-24 N A2027-01-01 A2027-12-14 A2024-01-01 N R A2016-03-31 N N N N",
        "german-battery-maker.yaml    | N N N A2027-08-18 A2027-05-24 N N A2027-12-14 N N R N N N N N",
        "eu-gold-importer.yaml        | N N A2021-01-01 N N N N A2027-12-14 N N R N N N N A2022-07-22",
        "us-listed-electronics.yaml   | N A2029-07-26 ? A2027-08-18 A2027-05-24 N A2028-01-01 A2027-12-14 N A2013-01-01 R A2016-03-31 A2022-06-21 N N A2022-07-22",
        "french-sme.yaml              | N N N N N A2026-12-30 N A2027-12-14 N N R N N N N N"
      })
  void expectedOutcomes(String file, String expected) {
    // read as the command line reads it: minerals resolved through the registry, countries checked
    ProfileRead read = new CompanyProfileReader(CountryDirectory.of(DATA.countries()), DATA.minerals())
        .read(DIR.resolve(file));
    assertThat(read.warnings()).isEmpty();
    List<RegulationAssessment> all = Rules.ENGINE.assess(read.profile(), Rules.AS_OF);
    List<String> actual = all.stream().map(ExampleProfilesTests::code).toList();
    assertThat(String.join(" ", actual)).isEqualTo(expected.strip());
  }

  /** Every profile shipped in examples/profiles/ reads without warning and is assessed. */
  @org.junit.jupiter.api.Test
  void everyExampleProfileRuns() throws java.io.IOException {
    List<Path> files;
    try (var s = java.nio.file.Files.list(DIR)) {
      files = s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    for (Path f : files) {
      ProfileRead read = new CompanyProfileReader(CountryDirectory.of(DATA.countries()), DATA.minerals()).read(f);
      assertThat(read.warnings()).as(f.toString()).isEmpty();
      assertThat(Rules.ENGINE.assess(read.profile(), Rules.AS_OF)).as(f.toString())
          .hasSize(Rules.CATALOG.texts().size());
    }
  }

  private static String code(RegulationAssessment a) {
    return switch (a.outcome()) {
      case Applicability.Applies ap -> "A" + ap.from();
      case Applicability.DoesNotApply d -> "N";
      case Applicability.CannotTell c -> "?";
      case Applicability.Recommended r -> "R";
    };
  }
}
