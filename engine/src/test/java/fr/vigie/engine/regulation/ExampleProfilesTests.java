package fr.vigie.engine.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.regulation.profile.CompanyProfileReader;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import fr.vigie.engine.regulation.profile.ProfileRead;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The documented example profiles of {@code examples/profiles/} give the outcomes shown in {@code
 * docs/regulations.md} on the fixed reference date 2026-11-30. Each expected string lists, in
 * catalogue order, "A" (applies, followed by the date), "N" (does not apply) or "?" (cannot tell).
 */
class ExampleProfilesTests {
  private static final Path DIR = Path.of("..", "examples", "profiles");
  private static final fr.vigie.engine.refdata.ReferenceData DATA =
      fr.vigie.engine.refdata.ReferenceData.loadDefault();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // file | fr-dov | csddd | conflict | batteries | crma | eudr | csrd | forced | lksg | dodd-frank | oecd | uk-msa | uflpa
        "french-industrial-group.yaml | A2017-03-29 | A2029-07-26 | N | N | A2027-05-24 | N | A2027-01-01 | A2027-12-14 | A2024-01-01 | N | R | A2016-03-31 | N",
        "german-battery-maker.yaml    | N | N | N | A2027-08-18 | A2027-05-24 | N | N | A2027-12-14 | N | N | R | N | N",
        "eu-gold-importer.yaml        | N | N | A2021-01-01 | N | N | N | N | A2027-12-14 | N | N | R | N | N",
        "us-listed-electronics.yaml   | N | A2029-07-26 | ? | A2027-08-18 | A2027-05-24 | N | A2028-01-01 | A2027-12-14 | N | A2013-01-01 | R | A2016-03-31 | A2022-06-21",
        "french-sme.yaml              | N | N | N | N | N | A2026-12-30 | N | A2027-12-14 | N | N | R | N | N"
      })
  void expectedOutcomes(
      String file, String frDov, String csddd, String conflict, String batteries, String crma,
      String eudr, String csrd, String forced, String lksg, String doddFrank, String oecd,
      String ukMsa, String uflpa) {
    // read as the command line reads it: minerals resolved through the registry, countries checked
    ProfileRead read = new CompanyProfileReader(CountryDirectory.of(DATA.countries()), DATA.minerals())
        .read(DIR.resolve(file));
    assertThat(read.warnings()).isEmpty();
    List<RegulationAssessment> all = Rules.ENGINE.assess(read.profile(), Rules.AS_OF);
    Map<String, String> actual = new LinkedHashMap<>();
    for (RegulationAssessment a : all) {
      actual.put(
          a.text().id(),
          switch (a.outcome()) {
            case Applicability.Applies ap -> "A" + ap.from();
            case Applicability.DoesNotApply d -> "N";
            case Applicability.CannotTell c -> "?";
            case Applicability.Recommended r -> "R";
          });
    }
    assertThat(actual.values())
        .containsExactly(frDov, csddd, conflict, batteries, crma, eudr, csrd, forced, lksg,
            doddFrank, oecd, ukMsa, uflpa);
  }
}
