package fr.vigie.engine.regulation;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.regulation.profile.CountryDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegulationCatalogTests {
  @TempDir Path dir;

  @Test
  void builtInHoldsTheTextsWithSourceAndAsOf() {
    RegulationCatalog c = RegulationCatalog.builtIn();
    assertThat(c.texts())
        .extracting(Regulation::id)
        .containsExactly(
            "fr-duty-of-vigilance", "eu-csddd", "eu-conflict-minerals", "eu-batteries", "eu-crma",
            "eu-deforestation", "eu-csrd", "eu-forced-labour", "de-lksg", "us-dodd-frank-1502",
            "oecd-ddg", "uk-modern-slavery", "us-uflpa", "ch-ddtro", "no-transparency-act",
            "eu-russia-gold-sanctions");
    for (Regulation r : c.texts()) {
      assertThat(r.source().getScheme()).startsWith("http");
      // each entry says when it was last checked against its sources
      assertThat(r.asOf()).isBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 4));
      assertThat(r.obligations()).isNotEmpty();
      assertThat(c.policy(r.id())).isPresent();
    }
  }

  @Test
  void everyObligationMapsToSolutions() {
    for (Regulation r : RegulationCatalog.builtIn().texts()) {
      assertThat(r.obligations()).allSatisfy(o -> assertThat(o.solutions()).isNotEmpty());
    }
  }

  @Test
  void annexIRowsCarryTheirSourceFigures() {
    Regulation r = RegulationCatalog.builtIn().find("eu-conflict-minerals").orElseThrow();
    assertThat(r.importThresholds())
        .filteredOn(t -> t.cnCode().equals("2609 00 00"))
        .singleElement()
        .satisfies(t -> assertThat(t.thresholdKg()).contains(new java.math.BigDecimal("5000")));
    // every row of Parts A and B has a figure; the unverified ones say why
    assertThat(r.importThresholds()).hasSizeGreaterThanOrEqualTo(31)
        .allSatisfy(t -> assertThat(t.thresholdKg()).isPresent())
        .filteredOn(t -> !t.verified())
        .allSatisfy(t -> assertThat(t.note()).isPresent());
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static String builtIn(String file) throws IOException {
    try (InputStream in =
        RegulationCatalog.class.getResourceAsStream("/fr/vigie/engine/regulation/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void administratorChangesAThresholdWithoutCodeChange() throws IOException {
    // raise the batteries threshold from EUR 40 m to EUR 150 m in an override copy
    String text = builtIn("eu-batteries.yaml").replace("40_000_000", "150_000_000");
    write("eu-batteries.yaml", text);
    RegulationCatalog c = RegulationCatalog.load(Optional.of(dir));
    ApplicabilityEngine engine = new ApplicabilityEngine(c, CountryDirectory.builtIn());
    RegulationAssessment a =
        engine.assess(
            c.find("eu-batteries").orElseThrow(),
            Rules.profile("places_batteries_on_eu_market: true\nturnover_eur: 100000000\n"),
            Rules.AS_OF);
    assertThat(a.outcome()).isInstanceOf(Applicability.DoesNotApply.class);
    assertThat(a.outcome().reasons(Rules.ENGLISH)).contains("not met: EUR 100 m net turnover < EUR 150 m");
    assertThat(a.text().origin()).endsWith("eu-batteries.yaml").doesNotStartWith("built-in");
    assertThat(c.texts()).hasSize(16);
  }

  @Test
  void administratorChangesADate() throws IOException {
    String text = builtIn("eu-forced-labour.yaml").replace("applies_from: 2027-12-14", "applies_from: 2028-06-30");
    RegulationCatalog c = RegulationCatalog.load(Optional.of(write("fl.yml", text)));
    assertThat(c.find("eu-forced-labour").orElseThrow().regimes().get(0).firstApplication())
        .isEqualTo(LocalDate.of(2028, 6, 30));
  }

  @Test
  void aNewTextWithoutRuleCannotTell() throws IOException {
    write("uk.yaml", """
        id: be-due-diligence
        name_en: A text added by an administrator
        name_fr: Un texte ajouté par un administrateur
        reference: Administrator text
        jurisdiction: BE
        adopted: 2021-12-03
        as_of: 2026-11-30
        source: https://www.fedlex.admin.ch/
        scope:
          - regime: original
            en: as enacted
            in_effect_from: 2015-10-29
            tiers:
              - applies_from: 2015-10-29
                thresholds: {anything_at_all: 1}
        obligations:
          - {id: statement, en: Publish a slavery and human trafficking statement, fr: Publier une déclaration, oecd_step: 5}
        penalties: Injunction
        """);
    RegulationCatalog c = RegulationCatalog.load(Optional.of(dir));
    assertThat(c.texts()).hasSize(17);
    RegulationAssessment a =
        new ApplicabilityEngine(c, CountryDirectory.builtIn())
            .assess(c.find("be-due-diligence").orElseThrow(), Rules.profile(""), Rules.AS_OF);
    assertThat(a.outcome()).isInstanceOf(Applicability.CannotTell.class);
    assertThat(a.outcome().reasons(Rules.ENGLISH).get(0)).contains("no applicability rule");
  }

  private void assertRefused(String file, String text, String... fragments) throws IOException {
    Path p = write(file, text);
    assertThatThrownBy(() -> RegulationCatalog.load(Optional.of(p)))
        .isInstanceOf(ProblemException.class)
        .message()
        .contains(fragments);
  }

  @Test
  void unknownKeyIsRefusedWithFileAndLine() throws IOException {
    String text = builtIn("eu-batteries.yaml").replace("penalties:", "penalty_notes: x\npenalties:");
    int line = (int) text.lines().takeWhile(l -> !l.startsWith("penalty_notes")).count() + 1;
    assertRefused("b.yaml", text, "b.yaml:" + line, "unknown key 'penalty_notes'");
  }

  @Test
  void badDateIsRefusedWithFileAndLine() throws IOException {
    String text = builtIn("eu-batteries.yaml").replace("adopted: 2023-07-12", "adopted: 2023-13-12");
    int line = (int) text.lines().takeWhile(l -> !l.startsWith("adopted:")).count() + 1;
    assertRefused("b.yaml", text, "b.yaml:" + line, "'2023-13-12' is not a date (yyyy-mm-dd)");
  }

  @Test
  void missingSourceIsRefused() throws IOException {
    String text = builtIn("eu-batteries.yaml").replaceFirst("(?m)^source: .*\\n", "");
    assertRefused("b.yaml", text, "b.yaml:1", "missing key 'source'");
  }

  @Test
  void sourceMustBeAnAddress() throws IOException {
    String text = builtIn("eu-batteries.yaml").replaceFirst("(?m)^source: .*$", "source: see EUR-Lex");
    assertRefused("b.yaml", text, "b.yaml:", "is not an http(s) address");
  }

  @Test
  void misspeltThresholdIsRefused() throws IOException {
    String text = builtIn("eu-batteries.yaml").replace("turnover_eur_at_least", "turnover_at_least");
    assertRefused("b.yaml", text, "b.yaml:", "unknown threshold 'turnover_at_least'",
        "turnover_eur_at_least");
  }

  @Test
  void oecdStepOutOfRangeIsRefused() throws IOException {
    String text = builtIn("eu-batteries.yaml").replace("oecd_step: 4", "oecd_step: 6");
    assertRefused("b.yaml", text, "b.yaml:", "'oecd_step' must be 1, 2, 3, 4 or 5");
  }

  @Test
  void malformedYamlIsRefusedWithLine() throws IOException {
    assertRefused("b.yaml", "id: x\nname_en: [unclosed\n", "b.yaml:", "not valid YAML");
  }

  @Test
  void sameIdTwiceInTheOverrideIsRefused() throws IOException {
    write("a.yaml", builtIn("eu-batteries.yaml"));
    write("b.yaml", builtIn("eu-batteries.yaml"));
    assertThatThrownBy(() -> RegulationCatalog.load(Optional.of(dir)))
        .hasMessageContaining("text 'eu-batteries' is also defined in");
  }

  @Test
  void missingOverrideIsRefused() {
    assertThatThrownBy(() -> RegulationCatalog.load(Optional.of(dir.resolve("nope"))))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("regulations override not found");
  }

  @Test
  void optionWinsOverTheSystemProperty() {
    String before = System.getProperty(RegulationCatalog.PROPERTY);
    try {
      System.setProperty(RegulationCatalog.PROPERTY, "/from/property");
      assertThat(RegulationCatalog.configuredOverride(Optional.empty())).contains(Path.of("/from/property"));
      assertThat(RegulationCatalog.configuredOverride(Optional.of(Path.of("/opt"))))
          .contains(Path.of("/opt"));
    } finally {
      if (before == null) {
        System.clearProperty(RegulationCatalog.PROPERTY);
      } else {
        System.setProperty(RegulationCatalog.PROPERTY, before);
      }
    }
  }
}
