package fr.vigie.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.country.Country;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.regulation.ApplicabilityEngine;
import fr.vigie.engine.regulation.RegulationAssessment;
import fr.vigie.engine.regulation.RegulationCatalog;
import fr.vigie.engine.regulation.profile.CompanyProfileReader;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import fr.vigie.engine.kernel.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a language is adding bundle files and data translations, no code: German is given here
 * from test resources only, by the same means as English and French: {@code reference_de} and
 * {@code regulation_de} bundles on the classpath, a {@code name_de} column in the curated CSV files
 * and a {@code name_de} key in a regulation's YAML file (the names come from
 * {@code third-language/names_de.csv}).
 */
class ThirdLanguageTests {
  private static final Locale GERMAN = Locale.GERMAN;

  /** The curated files, as ReferenceData reads them from a directory. */
  private static final List<String> REFDATA_FILES =
      List.of("cahra-dodd-frank-1502.csv", "cahra-eu.csv", "catalog.csv", "conflict-years.csv", "countries.csv",
          "country-aliases.csv", "labour-flags.csv",
          "eu-trade-factors.csv", "indicator-definitions.csv", "indicator-values.csv",
          "mineral-processes.csv", "minerals.csv", "process-risks.csv", "processes.csv",
          "production-series.csv", "production-series-names.csv", "production.csv", "regulation-refs.csv", "risk-factors.csv");

  @TempDir static Path dir;

  static ReferenceData data;
  static RegulationCatalog catalog;
  static Map<String, Map<String, String>> german = new HashMap<>();

  @BeforeAll
  static void writeGermanTranslations() throws IOException {
    for (Csv.Row r : Csv.parse("names_de.csv", resource("/third-language/names_de.csv")).rows()) {
      german.computeIfAbsent(r.get("kind"), k -> new HashMap<>()).put(r.get("id"), r.get("name_de"));
    }
    Path refdata = Files.createDirectories(dir.resolve("refdata"));
    for (String name : REFDATA_FILES) {
      String text = resource(ReferenceData.RESOURCE_DIR + name);
      if (name.equals("countries.csv")) text = withGermanColumn(name, text, "alpha2", german.get("country"));
      if (name.equals("minerals.csv")) text = withGermanColumn(name, text, "id", german.get("mineral"));
      Files.writeString(refdata.resolve(name), text);
    }
    data = ReferenceData.load(refdata);
    String yaml = resource("/fr/vigie/engine/regulation/fr-duty-of-vigilance.yaml");
    Path regulation = dir.resolve("fr-duty-of-vigilance.yaml");
    Files.writeString(regulation, yaml.replaceFirst("\nname_fr:",
        "\nname_de: " + german.get("regulation").get("fr-duty-of-vigilance") + "\nname_fr:"));
    catalog = RegulationCatalog.load(Optional.of(regulation));
  }

  @Test
  void countryAndMineralAreNamedFromTheGermanColumn() {
    Messages de = Messages.of(GERMAN, data.termNames());
    Country congo = data.countries().require("COD");
    Mineral cobalt = data.minerals().require("cobalt");
    assertThat(de.render(congo.term())).isEqualTo("Demokratische Republik Kongo");
    assertThat(de.render(cobalt.term())).isEqualTo("Kobalt");
    assertThat(congo.name(GERMAN)).isEqualTo("Demokratische Republik Kongo");
    // a term the German data does not name falls back to English
    assertThat(de.render(Term.of("mineral", "lithium"))).isEqualTo("Lithium");
    assertThat(de.render(Term.of("country", "FR"))).isEqualTo("France");
    // closed vocabularies come from the German bundle, with English for the keys it lacks
    assertThat(de.render(Stage.REFINING.term())).isEqualTo("Raffination und Verarbeitung");
    assertThat(de.render(Stage.RECYCLING.term())).isEqualTo("Recycling");
    // French and English are unchanged
    assertThat(Messages.of(Locale.FRENCH, data.termNames()).render(congo.term())).isEqualTo("République démocratique du Congo");
  }

  @Test
  void regulationReasonRendersInGerman() throws IOException {
    Path profile = dir.resolve("profile.yaml");
    Files.writeString(profile, "name: Beispiel GmbH\nheadquarters: FR\nemployees: {FR: 6200, worldwide: 6300}\n");
    CountryDirectory countries = CountryDirectory.of(data.countries());
    var read = new CompanyProfileReader(countries, data.minerals()).read(profile);
    // 2016: before the law's first version came into effect (29 March 2017, per its YAML file)
    RegulationAssessment a =
        new ApplicabilityEngine(catalog, countries).assess(read.profile(), LocalDate.of(2016, 1, 1)).stream()
            .filter(x -> x.text().id().equals("fr-duty-of-vigilance"))
            .findFirst()
            .orElseThrow();
    Messages de = Messages.of(GERMAN, data.termNames().or(catalog.termNames()));
    assertThat(a.outcome().reasons(de))
        .containsExactly("gilt nicht: Französisches Sorgfaltspflichtgesetz war am 01.01.2016 nicht in"
            + " Kraft (erste Fassung in Kraft ab 29.03.2017)");
  }

  private static String withGermanColumn(String file, String csv, String key, Map<String, String> names) {
    Csv.Table t = Csv.parse(file, csv);
    List<String> lines = new ArrayList<>();
    List<String> header = new ArrayList<>(t.header());
    header.add("name_de");
    lines.add(Csv.line(header).strip());
    for (Csv.Row r : t.rows()) {
      List<String> cells = new ArrayList<>();
      t.header().forEach(c -> cells.add(r.get(c)));
      cells.add(names.getOrDefault(r.get(key), ""));
      lines.add(Csv.line(cells).strip());
    }
    return String.join("\n", lines) + "\n";
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = ThirdLanguageTests.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
