package fr.vigie.engine.regulation.profile;

import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.mineral.MineralId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyProfileReaderTests {
  private final CompanyProfileReader reader = new CompanyProfileReader(CountryDirectory.builtIn());

  private ProfileRead read(String yaml) {
    return reader.read("p.yaml", yaml);
  }

  private void refused(String yaml, String... fragments) {
    assertThatThrownBy(() -> read(yaml)).isInstanceOf(ProblemException.class).message().contains(fragments);
  }

  @Test
  void readsEveryField() {
    ProfileRead r = read("""
        name: Acme
        headquarters: fr
        employees: {FR: 6200, de: 100, worldwide: 7000}
        employees_previous_year: {FR: 6100}
        turnover_eur: 1_200_000_000
        eu_turnover_eur: 900000000
        balance_sheet_eur: 5e8
        sec_issuer: false
        places_batteries_on_eu_market: true
        places_products_on_eu_market: yes
        manufactures_strategic_technologies: false
        eu_imports:
          - {cn_code: "2609 00 00", kg_per_year: 5000}
          - {material: Gold, form: unrefined, kg_per_year: 12.5}
        sectors: [automotive]
        materials_used: [cobalt, natural graphite]
        practices_in_place: [cmrt-survey]
        """);
    CompanyProfile p = r.profile();
    assertThat(r.warnings()).isEmpty();
    assertThat(p.headquarters()).contains("FR");
    assertThat(p.employees().in("DE")).contains(100L);
    assertThat(p.employees().worldwide()).contains(7000L);
    assertThat(p.employeesPreviousYear().in("FR")).contains(6100L);
    assertThat(p.employeesPreviousYear().worldwide()).isEmpty();
    assertThat(p.turnoverEur()).contains(new BigDecimal("1200000000"));
    assertThat(p.balanceSheetEur().orElseThrow()).isEqualByComparingTo("500000000");
    assertThat(p.placesProductsOnEuMarket()).contains(true);
    assertThat(p.euImports().orElseThrow()).hasSize(2);
    assertThat(p.euImports().orElseThrow().get(0).cnCode()).contains("26090000");
    assertThat(p.euImports().orElseThrow().get(1).material()).contains(new MineralId("gold"));
    assertThat(p.materialsUsed().orElseThrow()).contains(new MineralId("natural_graphite"));
    assertThat(p.practicesInPlace()).containsExactly("cmrt-survey");
  }

  @Test
  void absentFactsStayUnknown() {
    CompanyProfile p = read("name: Acme\n").profile();
    assertThat(p.headquarters()).isEmpty();
    assertThat(p.euImports()).isEmpty();
    assertThat(p.materialsUsed()).isEmpty();
    assertThat(p.secIssuer()).isEmpty();
  }

  @Test
  void unknownFieldsAreWarningsNamingTheLine() {
    ProfileRead r = read("name: Acme\nturnover: 5\neu_imports:\n  - {cn_code: '8001', kg: 3, kg_per_year: 3}\n");
    assertThat(r.warnings())
        .hasSize(2)
        .anySatisfy(w -> assertThat(w.render(Messages.english()))
            .startsWith("p.yaml:2 (turnover): unknown field 'turnover' ignored"))
        .anySatisfy(w -> {
          assertThat(w.code()).isEqualTo("profile.unknown_field");
          assertThat(w.severity()).isEqualTo(Severity.WARNING);
          assertThat(w.path()).isEqualTo("eu_imports.kg");
          assertThat(w.render(Messages.of(java.util.Locale.FRENCH)))
              .startsWith("p.yaml, ligne 4 (eu_imports.kg) : champ inconnu « eu_imports.kg » ignoré");
        });
  }

  @Test
  void badYamlIsRefusedWithLine() {
    refused("name: Acme\nemployees: {FR: 10\nsectors: [a]\n", "p.yaml:", "not valid YAML");
  }

  @Test
  void wrongTypesAreRefused() {
    refused("name: Acme\nemployees: many\n", "p.yaml:2", "field 'employees' must be a mapping");
    refused("name: Acme\nturnover_eur: lots\n", "p.yaml:2", "'turnover_eur' must be a number");
    refused("name: Acme\nsec_issuer: maybe\n", "p.yaml:2", "'sec_issuer' must be true or false");
    refused("name: Acme\nsectors: automotive\n", "p.yaml:2", "'sectors' must be a list");
    refused("name: [Acme]\n", "p.yaml:1", "'name' must be a single value");
  }

  @Test
  void negativeOrFractionalEmployeesAreRefused() {
    refused("name: Acme\nemployees:\n  FR: -5\n", "p.yaml:3", "'employees.FR' must be zero or more");
    refused("name: Acme\nemployees: {worldwide: 10.5}\n", "p.yaml:2", "must be a whole number");
    refused("name: Acme\nturnover_eur: -1\n", "p.yaml:2", "must be zero or more");
  }

  @Test
  void badlyFormedCountryCodesAreRefused() {
    refused("name: Acme\nheadquarters: FRA\n", "p.yaml:2", "'FRA' is not a country Vigie knows");
    refused("name: Acme\nemployees:\n  worldwide: 10\n  F1: 3\n", "p.yaml:4", "'F1' is neither 'worldwide' nor");
  }

  @Test
  void countriesCannotExceedWorldwide() {
    refused("name: Acme\nemployees: {FR: 80, DE: 30, worldwide: 100}\n", "add up to 110, more than worldwide 100");
  }

  @Test
  void importLinesNeedACodeOrMaterialAndAVolume() {
    refused("name: Acme\neu_imports:\n  - {kg_per_year: 5}\n", "p.yaml:3", "needs a cn_code or a material");
    refused("name: Acme\neu_imports:\n  - {cn_code: '2609'}\n", "p.yaml:3", "needs kg_per_year");
    refused("name: Acme\neu_imports:\n  - {cn_code: 'tin ore', kg_per_year: 1}\n", "'tin ore' is not a CN or TARIC code");
    refused("name: Acme\neu_imports:\n  - {cn_code: '2609', kg_per_year: -1}\n", "must be zero or more");
  }

  @Test
  void badMineralIdIsRefused() {
    refused("name: Acme\nmaterials_used: [co/balt]\n", "p.yaml:2", "invalid mineral id");
  }

  @Test
  void missingNameAndEmptyFileAreRefused() {
    refused("headquarters: FR\n", "p.yaml:1", "missing key 'name'");
    refused("", "the file is empty");
    refused("- a\n- b\n", "must be a mapping of keys");
  }

  @Test
  void jsonProfilesAreRead(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("p.json");
    Files.writeString(f, "{\"name\": \"Acme\", \"headquarters\": \"DE\", \"employees\": {\"DE\": 1200}}");
    assertThat(reader.read(f).profile().employees().in("DE")).contains(1200L);
    Files.writeString(f, "{\"name\": \"Acme\",\n \"headquarters\": }");
    assertThatThrownBy(() -> reader.read(f)).hasMessageContaining("p.json:2").hasMessageContaining("not valid JSON");
  }

  @Test
  void missingFileIsRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> reader.read(dir.resolve("none.yaml"))).hasMessageContaining("file not found");
  }

  @Test
  void duplicateKeysAreRefused() {
    refused("name: Acme\nname: Other\n", "p.yaml:2", "key 'name' appears twice");
  }

  @Test
  void registrySeamRefusesUnknownCountries() {
    var registry = new fr.vigie.engine.country.Countries(
        java.util.List.of(
            new fr.vigie.engine.country.Country("FR", "FRA", 250, fr.vigie.engine.kernel.Names.of("en", "France", "fr", "France"), "Europe", "Western Europe", true),
            new fr.vigie.engine.country.Country("US", "USA", 840, fr.vigie.engine.kernel.Names.of("en", "United States", "fr", "États-Unis"), "Americas", "Northern America", false)),
        java.util.Map.of());
    CountryDirectory d = CountryDirectory.of(registry);
    assertThat(d.alpha2("fr")).contains("FR");
    assertThat(d.alpha2("ZZ")).isEqualTo(Optional.empty());
    // names in either language and alpha-3 codes are answered with the alpha-2 code
    assertThat(d.alpha2("France")).contains("FR");
    assertThat(d.alpha2("etats-unis")).contains("US");
    assertThat(d.alpha2("USA")).contains("US");
    assertThat(d.alpha2("Atlantis")).isEmpty();
    assertThat(d.isEuMember("FR")).isTrue();
    assertThat(d.isEuMember("US")).isFalse();
    assertThatThrownBy(() -> new CompanyProfileReader(d).read("p.yaml", "name: A\nheadquarters: ZZ\n"))
        .hasMessageContaining("'ZZ' is not a country Vigie knows");
  }

  @Test
  void mineralsRegistryResolvesNamesAndRefusesUnknownMaterialsWithTheLine() {
    var data = fr.vigie.engine.refdata.ReferenceData.loadDefault();
    var withRegistry = new CompanyProfileReader(CountryDirectory.of(data.countries()), data.minerals());
    ProfileRead r = withRegistry.read("p.yaml", "name: A\nmaterials_used: [Cobalt, étain, lithium]\n");
    assertThat(r.profile().materialsUsed())
        .contains(java.util.Set.of(new MineralId("cobalt"), new MineralId("tin"), new MineralId("lithium")));
    assertThatThrownBy(() -> withRegistry.read("p.yaml", "name: A\nmaterials_used:\n  - cobalt\n  - unobtainium\n"))
        .isInstanceOf(ProblemException.class)
        .message()
        .contains("p.yaml:2", "materials_used", "unobtainium");
  }
}
