package fr.vigie.engine.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.io.YamlReader;
import fr.vigie.engine.kernel.ProblemException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegulationChangelogTests {
  private static final RegulationChangelog LOG = RegulationChangelog.builtIn(Rules.CATALOG);

  @Test
  void everyEntryNamesATextOfTheCatalogueWithASourceAndBothLanguages() {
    assertThat(LOG.all()).isNotEmpty().allSatisfy(c -> {
      assertThat(Rules.CATALOG.find(c.text())).isPresent();
      assertThat(c.source().getScheme()).startsWith("http");
      assertThat(c.what().byLanguage()).containsKeys("en", "fr");
      assertThat(RegulationChangelog.KINDS).contains(c.kind());
    });
    // oldest first
    assertThat(LOG.all()).isSortedAccordingTo(java.util.Comparator.comparing(RegulationChangelog.Change::date));
  }

  @Test
  void sinceKeepsTheChangesOnOrAfterTheDate() {
    // the three new texts and the CRMA date correction are dated 2026-12-04
    assertThat(LOG.since(LocalDate.of(2026, 12, 4)))
        .extracting(RegulationChangelog.Change::text)
        .contains("ch-ddtro", "no-transparency-act", "eu-russia-gold-sanctions", "eu-crma");
    assertThat(LOG.since(LocalDate.of(2026, 12, 5))).isEmpty();
    // the batteries postponement of 2025-07-31 is in "since 2025-07-31" and not in "since 2025-08-01"
    assertThat(LOG.since(LocalDate.of(2025, 7, 31))).anyMatch(c -> c.text().equals("eu-batteries"));
    assertThat(LOG.since(LocalDate.of(2025, 8, 1))).noneMatch(c -> c.text().equals("eu-batteries"));
    // every new text of the catalogue has its entry
    assertThat(LOG.all()).filteredOn(c -> c.kind().equals("new_text")).hasSize(3);
  }

  @Test
  void anUnknownTextOrKindIsRefusedWithItsLine() {
    String unknownText = "changes:\n  - {date: 2026-01-01, text: nowhere, kind: status, en: x, fr: y, source: https://example.org/}\n";
    assertThatThrownBy(() -> RegulationChangelog.read("log.yaml",
            YamlReader.read("log.yaml", new StringReader(unknownText), false), Rules.CATALOG))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).first().code()).isEqualTo("regulation.changelog_unknown_text"));
    String badKind = "changes:\n  - {date: 2026-01-01, text: eu-csrd, kind: rumour, en: x, fr: y, source: https://example.org/}\n";
    assertThatThrownBy(() -> RegulationChangelog.read("log.yaml",
            YamlReader.read("log.yaml", new StringReader(badKind), false), Rules.CATALOG))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).first().code()).isEqualTo("regulation.changelog_bad_kind"));
  }
}
