package fr.vigie.engine.filing;

import static fr.vigie.engine.filing.FilingFixture.ROOT;
import static fr.vigie.engine.filing.FilingFixture.VIGIE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.FrenchTexts;
import fr.vigie.engine.assessment.DeclarationSummary;
import fr.vigie.engine.assessment.ReportedSmelter;
import fr.vigie.engine.mineral.MineralId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every filing in French is entirely French in its three formats, read back from the HTML page, the
 * Word document and the PDF: no English sentence and no English label ({@link FrenchTexts#ENGLISH},
 * {@link FrenchTexts#LABELS}), no missing key. Each kind is drawn up for the example company its
 * documentation uses (so each text's own applicability reasons are there) with every optional input
 * given (steps, campaigns, grievances, declarations), so that every table of it is filled.
 */
class FrenchFilingsTests {

  /** What may stay in English in a French filing, and why. */
  static final Map<String, String> ALLOWED = Map.ofEntries(
      Map.entry("Groupe Industriel Exemple SA", "the company's name (example profile)"),
      Map.entry("Exemple Gold Trading NV", "the company's name (example profile)"),
      Map.entry("Beispiel Batterien GmbH", "the company's name (example profile)"),
      Map.entry("Example Electronics Inc.", "the company's name (example profile)"),
      Map.entry("Smelter A", "a smelter's name as a supplier declaration gives it"),
      Map.entry("Smelter B", "a smelter's name as a supplier declaration gives it"),
      Map.entry("Dodd-Frank Wall Street Reform and Consumer Protection Act", "a US law's title, no French title"),
      Map.entry("Conflict Minerals Disclosure and Report", "the title of Form SD Item 1.01 (SEC form, cited)"),
      Map.entry("Specialized Disclosure Report", "the title of Form SD (SEC form, cited)"),
      Map.entry("Securities Exchange Act", "a US law's title, no French title"),
      Map.entry("Modern Slavery Act 2015 (Transparency in Supply Chains) Regulations 2015",
          "a UK regulation's title, no French title"),
      Map.entry("The Copper Mark", "an organisation's name"),
      Map.entry("Alliance for Responsible Mining", "an organisation's name"),
      Map.entry("Better Mining", "a programme's name (RCS Global)"),
      Map.entry("Extended Minerals Reporting Template", "the name of the RMI's template"),
      Map.entry("Additional Minerals Reporting Template", "the name of the RMI's template"),
      Map.entry("Conflict Minerals Reporting Template", "the name of the RMI's template"));

  /** Steps, campaigns, grievances and declarations: every optional part of a filing is filled. */
  static FilingInput full(Path profile) {
    List<ReportedSmelter> smelters = new ArrayList<>(FilingFixture.SMELTERS);
    smelters.add(new ReportedSmelter(MineralId.of("cobalt"), Optional.of("CID002000"), "Smelter A", Optional.of("FIN"),
        ReportedSmelter.AuditStatus.ACTIVE));
    DeclarationSummary declarations = new DeclarationSummary("declarations", 2, Map.of(), smelters);
    return FilingInput.of(FilingFixture.assess(profile), FilingFixture.profile(profile), FilingFixture.DATE)
        .withSteps(FilingFixture.STEPS).withCampaigns(FilingFixture.CAMPAIGNS)
        .withGrievances(FilingFixture.GRIEVANCES).withDeclarations(declarations);
  }

  /** The example profile each filing's documentation uses (docs/reports.md). */
  static Path profileOf(FilingKind kind) {
    return ROOT.resolve("examples/profiles/" + switch (kind) {
      case VIGILANCE_PLAN -> "french-industrial-group.yaml";
      case EU_CMR_ANNUAL -> "eu-gold-importer.yaml";
      case BATTERIES_DD -> "german-battery-maker.yaml";
      case FORM_SD -> "us-listed-electronics.yaml";
    });
  }

  /** Lines that hold an address or a file's hash: the address and the hash are not prose. */
  static boolean prose(String line) {
    return !line.contains("http") && !line.contains("SHA-256");
  }

  @ParameterizedTest
  @EnumSource(FilingKind.class)
  void everyFilingIsFrenchInHtmlWordAndPdf(FilingKind kind) throws IOException {
    Filings filings = VIGIE.filings();
    FilingDocument d = filings.build(kind, full(profileOf(kind)), Locale.FRENCH);
    Set<String> allowed = ALLOWED.keySet();

    String html = new String(filings.render(d, FilingFormat.HTML), StandardCharsets.UTF_8);
    assertThat(FrenchTexts.placeholders(html)).as("missing keys in the HTML page").isEmpty();
    assertThat(FrenchTexts.englishLines(FrenchTexts.visibleLines(html).stream().filter(FrenchFilingsTests::prose)
        .toList(), allowed)).as("English in the HTML page").isEmpty();

    List<String> word = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(filings.render(d, FilingFormat.DOCX)))) {
      doc.getParagraphs().forEach(p -> word.add(p.getText()));
      for (XWPFTable t : doc.getTables()) {
        for (XWPFTableRow r : t.getRows()) {
          r.getTableCells().stream().map(XWPFTableCell::getText).forEach(word::add);
        }
      }
    }
    assertThat(FrenchTexts.englishLines(word.stream().filter(FrenchFilingsTests::prose).toList(), allowed))
        .as("English in the Word document").isEmpty();

    // the PDF's lines break anywhere: its text is read as sentences, white space made one space
    String pdf = FilingsTests.pdfText(filings.render(d, FilingFormat.PDF));
    List<String> sentences = Arrays.stream(pdf.split("(?<=[.:;|])\\s+")).filter(FrenchFilingsTests::prose).toList();
    assertThat(FrenchTexts.englishLines(sentences, allowed)).as("English in the PDF").isEmpty();
  }
}
