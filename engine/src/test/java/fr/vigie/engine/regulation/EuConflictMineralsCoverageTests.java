package fr.vigie.engine.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.FrenchTexts;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.Severity;
import fr.vigie.engine.kernel.TermNames;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.refdata.ReferenceData;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Known answers of the EU conflict minerals check of a profile's imports against the minerals of the
 * ledger's supply chains. The thresholds are the Annex I rows of the reference data
 * (eu-conflict-minerals.yaml): unrefined gold (ex 7108, part A) 100 kg, read from the consolidated
 * text; refined gold (7108 13 10, part B) 100 kg, not re-read; tin ores (2609 00 00) 5,000 kg;
 * tantalum ores (ex 2615 90 00, TARIC 10) 22,000 kg, not read from the Official Journal.
 */
class EuConflictMineralsCoverageTests {
  private static final Regulation TEXT = Rules.CATALOG.find(EuConflictMineralsCoverage.TEXT).orElseThrow();
  /** Minerals named from the reference data, the Annex I rows and notes from the catalogue. */
  private static final TermNames NAMES = ReferenceData.loadDefault().termNames().or(Rules.CATALOG.termNames());
  private static final Messages ENGLISH = Messages.of(Locale.ENGLISH, NAMES);
  private static final Messages FRENCH = Messages.of(Locale.FRENCH, NAMES);

  /** A profile whose imports are the lines given; its first import line is line 4 of the file. */
  private static List<Problem> findings(String imports, String... ledger) {
    Set<MineralId> minerals = Arrays.stream(ledger).map(MineralId::of).collect(Collectors.toSet());
    return EuConflictMineralsCoverage.findings(TEXT,
        Rules.profile("headquarters: FR\neu_imports:\n" + imports), minerals);
  }

  private static String gold(long kg, String cn, String form) {
    return "  - {cn_code: \"" + cn + "\", material: gold, form: " + form + ", kg_per_year: " + kg + "}\n";
  }

  private static String line(String cn, long kg) {
    return "  - {cn_code: \"" + cn + "\", kg_per_year: " + kg + "}\n";
  }

  @Test
  void goldImportsAboveTheThresholdWithoutAGoldSupplyChainAreAFinding() {
    // 150 kg of unrefined gold >= the 100 kg of Annex I part A (ex 7108); the ledger buys tin only
    List<Problem> found = findings(gold(150, "7108 12 00", "unrefined"), "tin");
    assertThat(found).hasSize(1);
    Problem p = found.get(0);
    assertThat(p.code()).isEqualTo("eu_cmr.imports_not_in_ledger");
    assertThat(p.severity()).isEqualTo(Severity.WARNING);
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.path()).isEqualTo("eu_imports");
    String en = p.render(ENGLISH);
    assertThat(en).startsWith("line 4 (eu_imports): Import line CN 7108 12 00 (Gold, 150 kg per year) reaches the"
        + " Annex I threshold of Regulation (EU) 2017/821 (Article 1(3); gold, unwrought, semi-manufactured or powder,"
        + " below 99.5 % gold, not refined, CN ex 7108, Annex I part A: 150 kg per year counted against a threshold"
        + " of 100 kg per year)")
        .contains("due diligence duties of a Union importer (Articles 4 to 7)")
        .contains("the purchase ledger has no supply chain for Gold, so their due diligence cannot be assessed")
        .doesNotContain("Not verified").doesNotContain("??");
  }

  @Test
  void theFindingReadsInFrench() {
    Problem p = findings(gold(150, "7108 12 00", "unrefined")).get(0);
    String fr = p.render(FRENCH);
    assertThat(fr).startsWith("ligne 4 (eu_imports) : La ligne d'importation NC 7108 12 00")
        .contains("(Or, 150\u00a0kg par an)")
        .contains("seuil de 100\u00a0kg par an")
        .contains("le registre des achats ne contient aucune filière « Or »")
        .contains("articles 4 à 7")
        .doesNotContain("??");
    assertThat(FrenchTexts.englishLines(List.of(fr), Set.of())).isEmpty();
  }

  @Test
  void aGoldSupplyChainInTheLedgerCoversTheImports() {
    // the same 150 kg of unrefined gold, and the ledger buys gold
    assertThat(findings(gold(150, "7108 12 00", "unrefined"), "tin", "gold")).isEmpty();
  }

  @Test
  void goldBelowTheThresholdIsNoDutyFinding() {
    // 99 kg of unrefined gold < 100 kg: the importer has no due diligence duty for it
    assertThat(findings(gold(99, "7108 12 00", "unrefined"))).isEmpty();
    // 100 kg reaches it (the threshold is a minimum: "equal to or above")
    assertThat(findings(gold(100, "7108 12 00", "unrefined"))).hasSize(1);
  }

  @Test
  void tinBelowTheThresholdIsNoDutyFindingAndAboveItIs() {
    // tin ores: 4,999 kg < 5,000 kg, nothing; 5,000 kg reaches it; no tin in the ledger in both cases
    assertThat(findings(line("2609 00 00", 4999), "gold")).isEmpty();
    List<Problem> found = findings(line("2609 00 00", 5000), "gold");
    assertThat(found).extracting(Problem::code).containsExactly("eu_cmr.imports_not_in_ledger");
    assertThat(found.get(0).render(ENGLISH)).contains("(Tin, 5,000 kg per year)")
        .contains("threshold of 5,000 kg per year").contains("no supply chain for Tin");
  }

  @Test
  void linesOfTheSameRowAreAddedUp() {
    // 3,000 kg + 3,000 kg of tin ores = 6,000 kg >= 5,000 kg: both lines are imports the ledger misses
    List<Problem> found = findings(line("2609 00 00", 3000) + line("2609 00 00", 3000));
    assertThat(found).extracting(Problem::line).containsExactly(4, 5);
    assertThat(found.get(0).render(ENGLISH)).contains("6,000 kg per year counted against a threshold of 5,000 kg");
  }

  @Test
  void anUnverifiedThresholdIsSaidWithTheDatasNote() {
    // 150 kg of gold bars (7108 13 10, refined) >= 100 kg, a figure the data did not re-read
    Problem p = findings(gold(150, "7108 13 10", "refined")).get(0);
    assertThat(p.code()).isEqualTo("eu_cmr.imports_not_in_ledger");
    assertThat(p.render(ENGLISH)).contains("Not verified: the threshold of ex 7108 13 10 (figure from Annex I as"
        + " published (OJ L 130, 19.5.2017, p. 1); not re-read from the Official Journal for this data).");
    assertThat(p.render(FRENCH)).contains("Non vérifié : le seuil de ex 7108 13 10 (chiffre de l'annexe I");
  }

  @Test
  void aCodeThatMayBeOutsideTheAnnexIsAnUnsureFinding() {
    // 30,000 kg under 2615 90 00 without TARIC: tantalum ores (>= 22,000 kg, unverified) or other
    // goods of the code outside Annex I: whether the duty applies is not told
    Problem p = findings(line("2615 90 00", 30000), "gold", "tin").get(0);
    assertThat(p.code()).isEqualTo("eu_cmr.imports_not_in_ledger_unsure");
    assertThat(p.render(ENGLISH)).contains("may fall under the supply chain due diligence duties")
        .contains("whether it reaches the Annex I threshold is unverified")
        .contains("no supply chain for Tantalum").contains("Its code also covers goods outside Annex I");
    assertThat(FrenchTexts.englishLines(List.of(p.render(FRENCH)), Set.of())).isEmpty();
  }

  @Test
  void aMaterialWithoutItsFormWhoseRowsDisagreeIsAnUnsureFinding() {
    // 600 kg of tungsten, form not given: >= tungsten wire (250 kg) but < tungsten ores (250,000 kg)
    Problem p = findings("  - {material: tungsten, kg_per_year: 600}\n").get(0);
    assertThat(p.code()).isEqualTo("eu_cmr.imports_not_in_ledger_unsure");
    assertThat(p.render(ENGLISH)).contains("tungsten ores and concentrates, CN 2611 00 00, Annex I part A:"
        + " 600 kg per year counted against a threshold of 250,000 kg per year");
  }

  @Test
  void importsOutsideTheAnnexOrNoImportsGiveNothing() {
    // copper ores (2603) are not in Annex I
    assertThat(findings(line("2603 00 00", 1_000_000))).isEmpty();
    assertThat(EuConflictMineralsCoverage.findings(TEXT, Rules.profile("headquarters: FR\n"), Set.of())).isEmpty();
  }
}
