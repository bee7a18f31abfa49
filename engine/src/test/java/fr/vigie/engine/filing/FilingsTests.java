package fr.vigie.engine.filing;

import static fr.vigie.engine.filing.FilingFixture.ASSESSMENT;
import static fr.vigie.engine.filing.FilingFixture.VIGIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.FrenchTexts;
import fr.vigie.engine.Vigie;
import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.PriorityWeights;
import fr.vigie.engine.assessment.DeclarationSummary;
import fr.vigie.engine.assessment.ReportedSmelter;
import fr.vigie.engine.filing.FilingDocument.Block;
import fr.vigie.engine.filing.FilingDocument.Section;
import fr.vigie.engine.filing.FilingDocument.Table;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.CompanyProfileReader;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import fr.vigie.engine.risk.Methodology;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four filings drawn up from the example company's assessment (see {@link FilingFixture}), in
 * both languages and the three formats: sections and figures checked against the assessment, the
 * Word document and the PDF opened and read back, what is missing said, French entirely French.
 */
class FilingsTests {
  static final Filings FILINGS = VIGIE.filings();

  /** Proper names and the user's own texts, the same in every language. */
  static final Set<String> ALLOWED = FrenchFilingsTests.ALLOWED.keySet();

  static Stream<Arguments> kindsAndLanguages() {
    List<Arguments> out = new ArrayList<>();
    for (FilingKind k : FilingKind.values()) {
      out.add(Arguments.of(k, Locale.ENGLISH));
      out.add(Arguments.of(k, Locale.FRENCH));
    }
    return out.stream();
  }

  @Test
  void theVigilancePlanHasTheFiveMeasuresOfTheLawAndItsImplementationReport() {
    FilingDocument d = FILINGS.build(FilingKind.VIGILANCE_PLAN, FilingFixture.bare(), Locale.FRENCH);
    assertThat(d.sections()).extracting(Section::id).containsExactly("scope", "risk-mapping",
        "assessment-procedures", "mitigation", "alert-mechanism", "monitoring", "implementation-report");
    assertThat(d.sections()).extracting(Section::heading).contains("1° Cartographie des risques",
        "4° Mécanisme d'alerte et de recueil des signalements", "Compte rendu de la mise en œuvre effective du plan");
    assertThat(d.section("risk-mapping").orElseThrow().basis()).contains("Code de commerce, art. L. 225-102-4, I, 1°");
    assertThat(d.title()).isEqualTo("Plan de vigilance : chaînes d'approvisionnement en minerais");
  }

  @Test
  void theRankingTableIsTheAssessmentsRanking() {
    FilingDocument d = FILINGS.build(FilingKind.VIGILANCE_PLAN, FilingFixture.bare(), Locale.ENGLISH);
    Table ranking = table(d.section("scope").orElseThrow(), "Supply chains ranked by priority");
    assertThat(ranking.rows()).hasSize(ASSESSMENT.filieres().size());
    Messages m = VIGIE.messages(Locale.ENGLISH);
    for (int i = 0; i < ranking.rows().size(); i++) {
      Filiere f = ASSESSMENT.filieres().get(i);
      assertThat(ranking.rows().get(i).get(0)).isEqualTo(String.valueOf(f.rank()));
      assertThat(ranking.rows().get(i).get(1)).isEqualTo(m.render(new fr.vigie.engine.kernel.Term("mineral", f.material())));
    }
    // the example ledger: copper 240,000 + 55,000 kg, recycled (240,000 x 0.35 + 55,000 x 0.5) / 295,000 = 37.8 %;
    // cobalt 38,000 + 7,000 kg, refiner known for the 7,000 kg line only: 7,000 / 45,000 = 15.6 %
    assertThat(ranking.rows()).anySatisfy(r -> assertThat(r).startsWith("1", "Copper", "295,000 kg").contains("38%"));
    assertThat(ranking.rows()).anySatisfy(r -> assertThat(r).contains("Cobalt", "45,000 kg", "16%"));
  }

  @Test
  void eachFilingCoversTheMineralsOfItsText() {
    // the example company buys tin and tungsten (3TG), cobalt, lithium and nickel (Annex X), no gold or tantalum
    Table cmr = table(FILINGS.build(FilingKind.EU_CMR_ANNUAL, FilingFixture.bare(), Locale.ENGLISH)
        .section("scope").orElseThrow(), "Supply chains ranked by priority");
    assertThat(cmr.rows()).extracting(r -> r.get(1)).containsExactlyInAnyOrder("Tungsten", "Tin");
    Table batteries = table(FILINGS.build(FilingKind.BATTERIES_DD, FilingFixture.bare(), Locale.ENGLISH)
        .section("scope").orElseThrow(), "Supply chains ranked by priority");
    assertThat(batteries.rows()).extracting(r -> r.get(1)).containsExactlyInAnyOrder("Cobalt", "Nickel", "Lithium");
  }

  @Test
  void theFormSdGivesTheShareOfTheCoveredCountriesFromTheAssessmentsMix() {
    FilingDocument d = FILINGS.build(FilingKind.FORM_SD, FilingFixture.bare(), Locale.ENGLISH);
    assertThat(d.sections()).extracting(Section::id).containsExactly("cover", "item-1-01", "item-1-02", "cmr");
    assertThat(d.section("cmr").orElseThrow().subsections()).extracting(Section::id).containsExactly("cmr-framework",
        "cmr-measures", "cmr-facilities", "cmr-countries", "cmr-mine", "cmr-audit");
    Table covered = table(d.section("item-1-01").orElseThrow(),
        "Share of the mine production mix from the Democratic Republic of the Congo and adjoining countries");
    for (List<String> row : covered.rows()) {
      Filiere f = ASSESSMENT.filieres().stream().filter(x -> VIGIE.messages(Locale.ENGLISH)
          .render(new fr.vigie.engine.kernel.Term("mineral", x.material())).equals(row.get(0))).findFirst().orElseThrow();
      double share = f.stage(fr.vigie.engine.kernel.Stage.EXTRACTION).orElseThrow().countries().stream()
          .filter(c -> FilingBuilder.COVERED_COUNTRIES.contains(c.country())).mapToDouble(c -> c.share()).sum();
      assertThat(row.get(1)).isEqualTo(VIGIE.messages(Locale.ENGLISH).get("report.fmt.percent", share));
    }
    // tin comes from Indonesia in the ledger: no covered country
    assertThat(covered.rows()).anySatisfy(r -> assertThat(r).startsWith("Tin", "0%"));
    assertThat(text(d)).contains("January 1 to December 31, 2025");
    // the covered countries carry their UN names, not CLDR's informal "Congo - Kinshasa"
    assertThat(text(d)).contains("Democratic Republic of the Congo")
        .doesNotContain("Kinshasa", "Brazzaville");
    assertThat(text(FILINGS.build(FilingKind.FORM_SD, FilingFixture.bare(), Locale.FRENCH)))
        .contains("République démocratique du Congo").doesNotContain("Kinshasa");
  }

  /**
   * The example ledger does not know the mine country of its tungsten, so its extraction is the
   * world mix of USGS MCS 2025 (2024, estimated): China 0.823096, Vietnam 0.041769, Russia 0.02457,
   * North Korea 0.020885, Bolivia 0.019656, Rwanda 0.014742, Australia 0.012285, Austria 0.009828,
   * Spain 0.0086, Portugal 0.006143, rest of world 0.018428. Shown: the countries of 1 % or more one
   * per row; Austria, Spain and Portugal, each under 1 %, folded: 0.024571, shown 2 %; the rest of
   * the world last. Form SD's Covered Countries are Rwanda alone: 1.47 %, shown 1 %. Tin comes from
   * Indonesia in the ledger: no Covered Country, 0 %.
   */
  @Test
  void theCountryTablesShowNoZeroShareAndFoldTheSmallCountries() {
    FilingDocument d = FILINGS.build(FilingKind.FORM_SD, FilingFixture.bare(), Locale.FRENCH);
    Table countries = table(d.section("cmr").orElseThrow().subsections().stream()
        .filter(x -> x.id().equals("cmr-countries")).findFirst().orElseThrow(), "Pays d'origine (extraction) par filière");
    String world = "répartition de la production mondiale (estimation)";
    assertThat(countries.rows().stream().map(r -> r.stream().map(FilingsTests::plain).toList()).toList())
        .containsExactly(
            List.of("Tungstène", "Chine", "82 %", world), List.of("Tungstène", "Vietnam", "4 %", world),
            List.of("Tungstène", "Russie", "2 %", world), List.of("Tungstène", "Corée du Nord", "2 %", world),
            List.of("Tungstène", "Bolivie", "2 %", world), List.of("Tungstène", "Rwanda", "1 %", world),
            List.of("Tungstène", "Australie", "1 %", world), List.of("Tungstène", "3 autres pays", "2 %", world),
            List.of("Tungstène", "reste du monde", "2 %", world),
            List.of("Étain", "Indonésie", "100 %", "registre des achats"));
    Table covered = table(d.section("item-1-01").orElseThrow(), "Part de la répartition de l'extraction provenant"
        + " de la République démocratique du Congo et des pays limitrophes");
    assertThat(covered.headers()).containsExactly("Filière", "Part des pays visés", "Pays visés dans la répartition",
        "Provenance de leurs parts", "Pays connu");
    assertThat(covered.rows().stream().map(r -> r.stream().map(FilingsTests::plain).toList()).toList())
        .containsExactly(List.of("Tungstène", "1 %", "Rwanda 1 %", world, "0 %"),
            List.of("Étain", "0 %", "-", "-", "100 %"));
    // the same mix in one line (the stage table): the five largest, then the others folded, Rwanda
    // to Portugal: 0.014742 + 0.012285 + 0.009828 + 0.0086 + 0.006143 = 0.051598, shown 5 %
    Table stages = table(FILINGS.build(FilingKind.EU_CMR_ANNUAL, FilingFixture.bare(), Locale.FRENCH)
        .section("risk-management").orElseThrow(), "Risque par étape de la chaîne de valeur (score, niveau, pays)");
    assertThat(stages.rows()).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Tungstène"))
        .anySatisfy(r -> assertThat(plain(r.get(5))).isEqualTo("Chine 82 %, Vietnam 4 %, Russie 2 %, Corée du Nord 2 %,"
            + " Bolivie 2 %, 5 autres pays 5 %, reste du monde 2 %"));
  }

  /** A cell with its number's no-break spaces as plain spaces. */
  static String plain(String cell) {
    return cell.replace('\u202f', ' ').replace('\u00a0', ' ');
  }

  @Test
  void theFormSdListsOnlyThePracticesOfConflictMineralsDueDiligenceInPlace() {
    FilingDocument d = FILINGS.build(FilingKind.FORM_SD, FilingFixture.bare(), Locale.ENGLISH);
    Messages en = VIGIE.messages(Locale.ENGLISH);
    // the obligations of other texts (EU CMR, CSRD, UK Modern Slavery Act...) the example profile marks in place
    List<String> otherTexts = Stream.concat(ASSESSMENT.companyObligations().stream(),
            ASSESSMENT.filieres().stream().flatMap(f -> f.recommendations().stream()))
        .filter(r -> r.inPlace() && r.regulation().filter(x -> !x.equals("us-dodd-frank-1502")).isPresent())
        .map(r -> fr.vigie.engine.assessment.report.ReportModels.title(r, en)).distinct().toList();
    assertThat(otherTexts).isNotEmpty();
    List<String> bullets = d.section("cmr").orElseThrow().subsections().stream()
        .filter(x -> x.id().equals("cmr-measures")).flatMap(x -> x.blocks().stream())
        .flatMap(b -> b instanceof FilingDocument.Bullets l ? l.items().stream() : Stream.empty()).toList();
    assertThat(bullets).doesNotContainAnyElementsOf(otherTexts);
    assertThat(text(d)).contains("obligation(s) of other texts marked in place are left out here");
  }

  @Test
  void withoutStepsCampaignsGrievancesOrDeclarationsTheFilingSaysWhatIsMissing() {
    FilingDocument d = FILINGS.build(FilingKind.VIGILANCE_PLAN, FilingFixture.bare(), Locale.ENGLISH);
    assertThat(d.missing()).anyMatch(x -> x.startsWith("OECD five steps register: none given"))
        .anyMatch(x -> x.startsWith("Supplier declaration campaigns: none given"))
        .anyMatch(x -> x.startsWith("Grievance mechanism statistics: none given"))
        .anyMatch(x -> x.startsWith("Supplier declarations (CMRT, EMRT, AMRT): none given"))
        // cobalt's mine country is in no ledger line: 100 % of it is estimated
        .anyMatch(x -> x.equals("Cobalt: the mine country of 100% of the mass is not known; the world production mix stands in for it."));
    assertThat(text(d)).contains("No register of the OECD five steps is given for this report.");
  }

  /**
   * The example gold importer's profile (examples/profiles/eu-gold-importer.yaml: 850 kg of unrefined
   * gold a year, at or above the 100 kg of Annex I part A, and 30,000 kg of gold ores, below their
   * 250,000 kg) with the example ledger, which buys no gold: the unrefined gold, line 18 of the
   * profile, is a finding of the conflict minerals report; the ores are not.
   */
  static FilingInput goldImporterWithoutGold() {
    return FilingInput.of(GOLD_IMPORTER, GOLD_PROFILE, FilingFixture.DATE);
  }

  static final CompanyProfile GOLD_PROFILE = new CompanyProfileReader(CountryDirectory.of(FilingFixture.DATA.countries()),
      FilingFixture.DATA.minerals()).read(FilingFixture.ROOT.resolve("examples/profiles/eu-gold-importer.yaml")).profile();

  /** The gold importer's profile assessed with the example ledger (no gold in it). */
  static final Assessment GOLD_IMPORTER = VIGIE.assess(new Vigie.Request(GOLD_PROFILE, FilingFixture.ledger(),
      Methodology.loadDefault(), PriorityWeights.loadDefault(), Optional.empty(), Optional.empty(),
      FilingFixture.DATE, List.of()));

  @Test
  void goldImportsTheLedgerDoesNotCoverAreInTheConflictMineralsReportsMissingParts() {
    FilingDocument en = FILINGS.build(FilingKind.EU_CMR_ANNUAL, goldImporterWithoutGold(), Locale.ENGLISH);
    assertThat(en.missing()).filteredOn(x -> x.startsWith("Import line"))
        .containsExactly("Import line CN 7108 12 00 (Gold, 850 kg per year) reaches the Annex I threshold of"
            + " Regulation (EU) 2017/821 (Article 1(3); gold, unwrought, semi-manufactured or powder, below 99.5 %"
            + " gold, not refined, CN ex 7108, Annex I part A: 850 kg per year counted against a threshold of 100 kg"
            + " per year): these imports fall under the supply chain due diligence duties of a Union importer"
            + " (Articles 4 to 7), but the purchase ledger has no supply chain for Gold, so their due diligence"
            + " cannot be assessed. Add these purchases to the ledger.");
    assertThat(text(en)).contains("1 import line(s) of the company profile (line(s) 17) fall or may fall under");
    FilingDocument fr = FILINGS.build(FilingKind.EU_CMR_ANNUAL, goldImporterWithoutGold(), Locale.FRENCH);
    List<String> found = fr.missing().stream().filter(x -> x.startsWith("La ligne d'importation")).toList();
    assertThat(found).singleElement().asString()
        .startsWith("La ligne d'importation NC 7108 12 00 (Or, 850\u00a0kg par an) atteint le seuil de l'annexe I")
        .contains("le registre des achats ne contient aucune filière « Or »");
    assertThat(FrenchTexts.englishLines(found, ALLOWED)).isEmpty();
    String html = new String(FILINGS.render(fr, FilingFormat.HTML), StandardCharsets.UTF_8);
    assertThat(FrenchTexts.placeholders(html)).isEmpty();
    assertThat(FrenchTexts.englishLines(FrenchTexts.visibleLines(html).stream()
        .filter(l -> !l.contains("SHA-256") && !l.contains("http")).toList(), ALLOWED)).isEmpty();
  }

  @Test
  void theOtherReportsAndACompanyWithoutImportsHaveNoImportFinding() {
    // the vigilance plan reports on no import; the example company declares none (eu_imports: [])
    assertThat(FILINGS.build(FilingKind.VIGILANCE_PLAN, goldImporterWithoutGold(), Locale.ENGLISH).missing())
        .noneMatch(x -> x.startsWith("Import line"));
    assertThat(FILINGS.build(FilingKind.EU_CMR_ANNUAL, FilingFixture.bare(), Locale.ENGLISH).missing())
        .noneMatch(x -> x.startsWith("Import line"));
    assertThat(FILINGS.uncoveredImports(ASSESSMENT, FilingFixture.COMPANY)).isEmpty();
  }

  @Test
  void givenStepsCampaignsGrievancesAndDeclarationsTheFilingReportsThemAndNoLongerMissesThem() {
    StepsSummary steps = FilingFixture.STEPS;
    CampaignSummary campaigns = FilingFixture.CAMPAIGNS;
    GrievanceSummary grievances = FilingFixture.GRIEVANCES;
    DeclarationSummary declarations = new DeclarationSummary("declarations", 2, Map.of(), FilingFixture.SMELTERS);
    FilingInput input = FilingFixture.bare().withSteps(steps).withCampaigns(campaigns).withGrievances(grievances)
        .withDeclarations(declarations);
    FilingDocument d = FILINGS.build(FilingKind.EU_CMR_ANNUAL, input, Locale.ENGLISH);
    assertThat(d.missing()).noneMatch(x -> x.contains("none given"));
    // one smelter of the two has no audit status
    assertThat(d.missing()).contains("The audit status of 1 reported smelter(s) is unknown: load an RMI smelter "
        + "reference list with the assessment.");
    // the same words for the command line and the web application: no command-line option in them
    assertThat(d.missing()).noneMatch(x -> x.contains("--"));
    String all = text(d);
    // 9 of 12 suppliers answered: 75 %
    assertThat(all).contains("Suppliers who answered | 9 (75%)", "Smelter A | CID001070 | Indonesia | conformant",
        "3 case(s) received from 1 January 2026 to 30 November 2026.", "Median time to acknowledge a case: 2.5 day(s).",
        "Environment | 2", "Democratic Republic of the Congo | 1", "1. Strong management systems | 4 | 3 | 1 | 0 | 80% | 5",
        "OECD steps: Cobalt");
    assertThat(d.sources()).contains("Supplier declarations: 2 file(s) read from declarations");
  }

  @Test
  void withoutASmelterReferenceListTheConformantSmeltersAreNotCheckedNotZero() {
    // 40 smelters identified, no RMI smelter list loaded: the conformant count is unknown
    CampaignSummary campaigns = new CampaignSummary(2, 12, 9, 11, 40, Optional.empty());
    DeclarationSummary declarations = new DeclarationSummary("declarations", 2, Map.of(),
        List.of(new ReportedSmelter(MineralId.of("tin"), Optional.of("CID001070"), "Smelter A", Optional.of("IDN"),
            ReportedSmelter.AuditStatus.UNKNOWN)));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      FilingDocument d = FILINGS.build(FilingKind.EU_CMR_ANNUAL,
          FilingFixture.bare().withCampaigns(campaigns).withDeclarations(declarations), locale);
      String all = text(d);
      if (locale == Locale.ENGLISH) {
        assertThat(all).contains("Of them, found conformant by an audit programme | not checked (no RMI smelter reference list loaded)",
                "1 smelter(s) or refiner(s) reported, their audit status not checked")
            .doesNotContain("Of them, found conformant by an audit programme | 0", "0 of them conformant");
        assertThat(d.missing()).contains("How many of the 40 smelter(s) and refiner(s) identified are conformant: "
            + "not checked, no RMI smelter reference list was loaded.");
      } else {
        assertThat(all).contains("Dont jugés conformes par un programme d'audit | non vérifié", "statut d'audit non vérifié")
            .doesNotContain("dont 0 conforme");
        assertThat(d.missing()).anyMatch(x -> x.startsWith("Combien des 40 fonderie(s)"));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("kindsAndLanguages")
  void theWordDocumentHasTheSectionsAsHeadingsAndTheFiguresInItsTables(FilingKind kind, Locale locale) throws IOException {
    FilingDocument d = FILINGS.build(kind, FilingFixture.bare(), locale);
    byte[] docx = FILINGS.render(d, FilingFormat.DOCX);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      List<String> headings1 = new ArrayList<>();
      List<String> headings2 = new ArrayList<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        if ("Heading1".equals(p.getStyle())) {
          headings1.add(p.getText());
        } else if ("Heading2".equals(p.getStyle())) {
          headings2.add(p.getText());
        }
      }
      List<String> expected = new ArrayList<>(d.sections().stream().map(Section::heading).toList());
      Messages m = Messages.of(locale);
      expected.addAll(List.of(m.get("filing.heading.missing"), m.get("filing.heading.sources"),
          m.get("filing.heading.versions")));
      assertThat(headings1).containsExactlyElementsOf(expected);
      assertThat(headings2).containsExactlyElementsOf(d.sections().stream()
          .flatMap(s -> s.subsections().stream()).map(Section::heading).toList());
      List<List<String>> cells = new ArrayList<>();
      for (XWPFTable t : doc.getTables()) {
        for (XWPFTableRow r : t.getRows()) {
          cells.add(r.getTableCells().stream().map(XWPFTableCell::getText).toList());
        }
      }
      // every row of every table of the document is in the Word file, cell for cell
      for (Table t : tables(d)) {
        for (List<String> row : t.rows()) {
          assertThat(cells).contains(row);
        }
      }
      assertThat(cells).contains(List.of(m.get("filing.version.methodology"), ASSESSMENT.provenance().methodology()));
      if (locale.getLanguage().equals("fr")) {
        List<String> lines = new ArrayList<>();
        doc.getParagraphs().forEach(p -> lines.add(p.getText()));
        cells.forEach(lines::addAll);
        assertThat(FrenchTexts.placeholders(String.join("\n", lines))).isEmpty();
        assertThat(FrenchTexts.englishLines(lines.stream().filter(l -> !l.contains("SHA-256") && !l.contains("http"))
            .toList(), ALLOWED)).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(FilingKind.class)
  void thePdfHasTheSectionsAndFiguresInBothLanguages(FilingKind kind) throws IOException {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      FilingDocument d = FILINGS.build(kind, FilingFixture.bare(), locale);
      String text = pdfText(FILINGS.render(d, FilingFormat.PDF));
      assertThat(text).contains(flat(d.title().substring(0, 20)));
      for (Section s : d.sections()) {
        assertThat(text).as(s.id()).contains(flat(s.heading()));
      }
      Filiere first = ASSESSMENT.filieres().get(0);
      if (kind == FilingKind.VIGILANCE_PLAN) {
        // 295 000 kg in French (narrow no-break space), 295,000 kg in English
        assertThat(text).contains(locale.getLanguage().equals("fr") ? "295 000 kg" : "295,000 kg");
      }
      assertThat(text).contains(ASSESSMENT.provenance().methodology());
      assertThat(first.material()).isEqualTo("copper");
    }
  }

  @ParameterizedTest
  @MethodSource("kindsAndLanguages")
  void theHtmlPageIsCompleteAndFrenchInFrench(FilingKind kind, Locale locale) {
    FilingDocument d = FILINGS.build(kind, FilingFixture.bare(), locale);
    String html = new String(FILINGS.render(d, FilingFormat.HTML), StandardCharsets.UTF_8);
    assertThat(html).containsPattern("<html[^>]* lang=\"" + locale.getLanguage() + "\"");
    assertThat(FrenchTexts.placeholders(html)).isEmpty();
    for (Section s : d.sections()) {
      assertThat(html).contains("id=\"" + s.id() + "\"");
    }
    if (locale.getLanguage().equals("fr")) {
      List<String> lines = FrenchTexts.visibleLines(html).stream()
          .filter(l -> !l.contains("SHA-256") && !l.contains("http")).toList();
      assertThat(FrenchTexts.englishLines(lines, ALLOWED)).isEmpty();
    }
  }

  @Test
  void theFrenchDetectorSeesAnEnglishSentenceInAFiling() {
    // the check above can fail: an English line in a French document is found
    assertThat(FrenchTexts.englishLines(List.of("Supply chains ranked by priority", "Filières classées par priorité"),
        ALLOWED)).hasSize(1);
    // and so is a data label of the reference data left in English, which has no sentence words
    assertThat(FrenchTexts.englishLines(List.of("production mondiale : usgs-mcs-2025 2024 mine production (estimated)",
        "règles : Loi n° 2017-399 as promulgated", "all", "production mondiale : production minière estimée"), ALLOWED))
        .hasSize(3);
  }

  @Test
  void unknownKindsAndFormatsAreRefusedWithTheListOfTheAcceptedOnes() {
    assertThatThrownBy(() -> FilingKind.fromId("annual-report"))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.problems().get(0).code()).isEqualTo("filing.unknown_kind");
          assertThat(e.problems().get(0).render(Messages.of(Locale.FRENCH))).isEqualTo(
              "rapport inconnu « annual-report » (attendu : l'un de vigilance-plan, eu-cmr-annual, batteries-dd, form-sd)");
        });
    assertThat(FilingKind.fromId(" Form_SD ")).isEqualTo(FilingKind.FORM_SD);
    assertThatThrownBy(() -> FilingFormat.fromFileName("report.odt"))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems().get(0).render(Messages.english()))
            .isEqualTo("unknown report format 'report.odt' (expected a file ending in .html, .docx, .pdf)"));
    assertThat(FilingFormat.fromFileName("Plan.DOCX")).isEqualTo(FilingFormat.DOCX);
    assertThat(FilingFormat.fromFileName("x.htm")).isEqualTo(FilingFormat.HTML);
  }

  @Test
  void impossibleSummariesAreRefused() {
    assertThatThrownBy(() -> new CampaignSummary(1, 5, 6, 6, 0, Optional.of(0))).isInstanceOfSatisfying(ProblemException.class,
        e -> assertThat(e.problems().get(0).render(Messages.english()))
            .isEqualTo("invalid figure in the report's input campaigns.suppliers_answered: 6"));
    assertThatThrownBy(() -> new CampaignSummary(1, 5, 5, 6, 2, Optional.of(3))).isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> new StepsSummary.Step(6, 1, 1, 0, 0, 1, 0)).isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> new StepsSummary.Step(1, 1, 1, 1, 0, 0.5, 0)).isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> new StepsSummary.Step(1, 1, 1, 0, 0, 1.5, 0)).isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> new StepsSummary.Step(1, 1, 1, 0, 0, Double.NaN, 0)).isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> new GrievanceSummary(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), 0, Map.of(),
        Map.of(), Map.of(), Map.of(), Optional.empty())).isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> new GrievanceSummary(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), 1,
        Map.of("closed", -1), Map.of(), Map.of(), Map.of(), Optional.empty())).isInstanceOf(ProblemException.class);
  }

  // --- helpers ---

  static Table table(Section s, String caption) {
    return s.blocks().stream().filter(b -> b instanceof Table t && t.caption().equals(caption)).map(b -> (Table) b)
        .findFirst().orElseThrow(() -> new AssertionError("no table " + caption + " in " + s.id()));
  }

  static List<Table> tables(FilingDocument d) {
    List<Table> out = new ArrayList<>();
    for (Section s : d.sections()) {
      Stream.concat(Stream.of(s), s.subsections().stream()).flatMap(x -> x.blocks().stream())
          .filter(b -> b instanceof Table).forEach(b -> out.add((Table) b));
    }
    return out;
  }

  /** Every text of the document, tables as cells joined by {@code " | "}. */
  static String text(FilingDocument d) {
    List<String> out = new ArrayList<>();
    for (Section s : d.sections()) {
      Stream.concat(Stream.of(s), s.subsections().stream()).forEach(x -> {
        out.add(x.heading());
        x.basis().ifPresent(out::add);
        for (Block b : x.blocks()) {
          switch (b) {
            case FilingDocument.Paragraph p -> out.add(p.text());
            case FilingDocument.Bullets l -> out.addAll(l.items());
            case Table t -> {
              out.add(t.caption());
              t.rows().forEach(r -> out.add(String.join(" | ", r)));
            }
            case FilingDocument.Figure f -> f.bars().forEach(bar -> out.add(bar.label() + " | " + bar.shown()));
          }
        }
      });
    }
    out.addAll(d.missing());
    return String.join("\n", out);
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return flat(new PDFTextStripper().getText(doc));
    }
  }

  /** Text with every run of white space (no-break and narrow ones included) as one space. */
  static String flat(String s) {
    return s.replaceAll("[\\s\\u00A0\\u202F\\u2009\\u2007]+", " ");
  }
}
