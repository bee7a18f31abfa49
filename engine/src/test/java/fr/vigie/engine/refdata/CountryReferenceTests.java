package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryReferenceTests {

  private final Countries countries = ReferenceData.loadDefault().countries();

  @Test
  void everyIsoEntryHasBothNames() {
    assertThat(countries.size()).isEqualTo(249);
    assertThat(countries.all())
        .allSatisfy(
            c -> {
              assertThat(c.names().has("en")).isTrue();
              assertThat(c.names().has("fr")).isTrue();
            });
    assertThat(countries.all().stream().filter(Country::euMember)).hasSize(27);
  }

  @Test
  void defaultDataIsCached() {
    assertThat(ReferenceData.loadDefault()).isSameAs(ReferenceData.loadDefault());
  }

  @Test
  void sourceSpellingsAndCodesResolveToIso() {
    assertThat(countries.require("ZAR").alpha3()).isEqualTo("COD");
    assertThat(countries.require("Congo, D.R.").alpha3()).isEqualTo("COD");
    assertThat(countries.require("Congo").alpha3()).isEqualTo("COG");
    assertThat(countries.require("ROM").alpha3()).isEqualTo("ROU");
    assertThat(countries.require("TMP").alpha3()).isEqualTo("TLS");
    assertThat(countries.require("WBG").alpha3()).isEqualTo("PSE");
    assertThat(countries.require("ADO").alpha3()).isEqualTo("AND");
    assertThat(countries.require("Turkyie").alpha3()).isEqualTo("TUR");
    assertThat(countries.require("Korea, South").alpha3()).isEqualTo("KOR");
    assertThat(countries.require("Burma").alpha3()).isEqualTo("MMR");
    assertThat(countries.require("St. Kitts and Nevis").alpha3()).isEqualTo("KNA");
    assertThat(countries.require("cd").alpha3()).isEqualTo("COD");
    assertThat(countries.require("180").alpha3()).isEqualTo("COD");
    assertThat(countries.require("Chine").alpha3()).isEqualTo("CHN");
    assertThat(countries.require("Congo-Kinshasa").name(java.util.Locale.FRENCH)).isEqualTo("République démocratique du Congo");
  }

  @Test
  void unknownAliasFailsWithAClearMessage() {
    assertThatThrownBy(() -> countries.require("Atlantis"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("unknown country 'Atlantis'");
  }

  @Test
  void kosovoIsKnownButHasNoIsoEntry() {
    assertThat(countries.find("XKX")).isEmpty();
    assertThat(countries.withoutIsoEntry("KSV")).isPresent();
    assertThat(countries.withoutIsoEntry("France")).isEmpty();
    assertThatThrownBy(() -> countries.require("Kosovo"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("is not an ISO 3166-1 country: Kosovo: no ISO 3166-1 entry");
  }

  @Test
  void aliasToUnknownCodeIsRejectedWithFileAndLine(@TempDir Path dir) throws Exception {
    RefDataFixtures.copyBundled(dir);
    RefDataFixtures.appendLine(dir, CountryFiles.ALIASES, "Narnia,NRN,test,");
    int line = RefDataFixtures.lineCount(dir, CountryFiles.ALIASES);
    assertThatThrownBy(() -> ReferenceData.load(dir))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("country-aliases.csv:" + line)
        .hasMessageContaining("'NRN' is not in countries.csv");
  }

  @Test
  void malformedCountryRowIsRejectedWithFileAndLine(@TempDir Path dir) throws Exception {
    RefDataFixtures.copyBundled(dir);
    RefDataFixtures.replaceInFile(dir, CountryFiles.COUNTRIES, "FR,FRA,250,", "FR,FRA,2x0,");
    assertThatThrownBy(() -> ReferenceData.load(dir))
        .isInstanceOf(ProblemException.class)
        .hasMessageMatching(".*countries\\.csv:\\d+ \\(numeric\\): column 'numeric' is not an integer: '2x0'.*");
  }

  @Test
  void duplicateCodeIsRejected(@TempDir Path dir) throws Exception {
    RefDataFixtures.copyBundled(dir);
    RefDataFixtures.appendLine(dir, CountryFiles.COUNTRIES, "FR,FRX,998,X,X,,,false");
    assertThatThrownBy(() -> ReferenceData.load(dir))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("duplicate country code FR");
  }
}
