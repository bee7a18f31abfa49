package fr.vigie.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigie report <kind>}: the file in the format of its extension, errors in the language of --lang, nothing half-written. */
class ReportCommandTests {
  static final String PROFILE = AssessCommandTests.PROFILE;
  static final String LEDGER = AssessCommandTests.LEDGER;

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = VigieCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void theVigilancePlanInFrenchAsAWordDocument() throws IOException {
    Path out = dir.resolve("plan.docx");
    Run r = run("report", "vigilance-plan", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
        "--lang", "fr", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("écrit\u00a0: " + out);
    try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
      List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
          .map(XWPFParagraph::getText).toList();
      assertThat(headings).contains("1° Cartographie des risques", "5° Dispositif de suivi des mesures mises en œuvre "
          + "et d'évaluation de leur efficacité", "Ce qui manque", "Sources", "Versions des données et de la méthode");
      List<String> rows = new ArrayList<>();
      for (XWPFTable t : doc.getTables()) {
        for (XWPFTableRow row : t.getRows()) {
          rows.add(String.join(" | ", row.getTableCells().stream().map(c -> c.getText()).toList())
              .replace('\u202F', ' ').replace('\u00A0', ' '));
        }
      }
      // the example ledger's copper: 240,000 + 55,000 kg, first of the ranking
      assertThat(rows).anyMatch(x -> x.startsWith("1 | Cuivre | 295 000 kg"));
      // the input files, with their hashes
      assertThat(rows).anyMatch(x -> x.startsWith("Fichier d'entrée (Registre d'achats) | groupe-industriel.csv (SHA-256 "));
    }
  }

  @Test
  void eachKindInEachFormat() throws IOException {
    for (String kind : List.of("eu-cmr-annual", "batteries-dd", "form-sd")) {
      Path pdf = dir.resolve(kind + ".pdf");
      Run r = run("report", kind, "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30", "--out", pdf.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        assertThat(text).contains("What is missing", "Data and methodology versions", "Groupe Industriel Exemple SA");
      }
    }
    Path html = dir.resolve("form.HTML");
    Run r = run("report", "form-sd", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30", "--out", html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("Item 1.01 Conflict Minerals Disclosure and Report",
        "Exhibit 1.01: Conflict Minerals Report", "January 1 to December 31, 2025");
  }

  /**
   * The command of docs/reports.md: the example gold importer (850 kg of unrefined gold a year, at or
   * above the 100 kg of Annex I part A) with the example ledger, which buys no gold: the French report
   * says, under "Ce qui manque", that these imports cannot be assessed, with no English sentence.
   */
  @Test
  void goldImportsTheLedgerDoesNotBuyAreMissingInTheFrenchConflictMineralsReport() throws IOException {
    Path html = dir.resolve("cmr.html");
    String gold = AssessCommandTests.ROOT.resolve("examples/profiles/eu-gold-importer.yaml").toString();
    Run r = run("report", "eu-cmr-annual", "--profile", gold, "--ledger", LEDGER, "--date", "2026-11-30",
        "--lang", "fr", "--out", html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    List<String> lines = fr.vigie.engine.FrenchTexts.visibleLines(page);
    assertThat(lines).anyMatch(l -> l.replace('\u00a0', ' ').contains("La ligne d'importation NC 7108 12 00 (Or, 850 kg par an)"
        + " atteint le seuil de l'annexe I du règlement (UE) 2017/821"));
    assertThat(lines).anyMatch(l -> l.startsWith("1 ligne(s) d'importation du profil de l'entreprise (ligne(s) 17)"));
    assertThat(fr.vigie.engine.FrenchTexts.englishLines(lines.stream().filter(l -> l.contains("importation")).toList(),
        java.util.Set.of())).isEmpty();
  }

  @Test
  void aStepsFileGivesTheOecdStepsInsteadOfMissing() throws IOException {
    Path without = dir.resolve("without.html");
    Path with = dir.resolve("with.html");
    assertThat(run("report", "vigilance-plan", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
        "--out", without.toString()).exit()).isZero();
    Run r = run("report", "vigilance-plan", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
        "--steps", AssessCommandTests.ROOT.resolve("examples/steps/oecd-steps.csv").toString(),
        "--method", "record-2023", "--out", with.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String a = cells(Files.readString(without));
    String b = cells(Files.readString(with));
    assertThat(a).contains("OECD five steps register: none given");
    assertThat(b).doesNotContain("OECD five steps register: none given", "No register of the OECD five steps");
    // examples/steps/oecd-steps.csv over the example ledger (copper, nickel, cobalt, ...): company-wide, each
    // sub-step at its weakest filiere. Step 1: 1a, 1b, 1e implemented with evidence (3 points each), 1c and 1d
    // not started in copper: 9 / 15 = 60 %, 3 pieces of evidence on the company's own entries. Step 2: 2a in
    // progress (1 point), 2b not started: 1 / 6 = 17 %. Step 5: 5a evidenced: 100 %, 1 piece.
    assertThat(b).contains("1. Strong management systems | 5 | 3 | 0 | 2 | 60% | 3 |",
        "2. Identify and assess risks in the supply chain | 2 | 0 | 1 | 1 | 17% | 0 |",
        "5. Report annually on due diligence | 1 | 1 | 0 | 0 | 100% | 1 |");
    // cobalt's own 1c (2 pieces) and 1d (1 piece) make its step 1 complete: 15 / 15
    assertThat(b).contains("OECD steps: Cobalt OECD step | Sub-steps | Done | In progress | Not started | Maturity | Evidence | "
        + "1. Strong management systems | 5 | 5 | 0 | 0 | 100% | 3 |");
    // the methodology asked for is the one stated
    assertThat(b).contains("record-2023");
  }

  @Test
  void aShareFromSeveralSourcesNamesEachAndTheVersionsAreNamedAndDated() throws IOException {
    Path html = dir.resolve("batteries.html");
    Path fr = dir.resolve("batteries-fr.html");
    assertThat(run("report", "batteries-dd", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
        "--out", html.toString()).exit()).isZero();
    assertThat(run("report", "batteries-dd", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
        "--lang", "fr", "--out", fr.toString()).exit()).isZero();
    String en = cells(Files.readString(html));
    String fre = cells(Files.readString(fr));
    // the example ledger's cobalt: 16 % of its refining country known (China), the rest from the world
    // refining mix, where China also stands: China's share comes from both
    assertThat(en).contains("Cobalt | China | 80% | purchase ledger + world production mix (estimate) |")
        .contains("Solutions catalogue as of | 30 November 2026 |", "Input file (Purchase ledger) | groupe-industriel.csv")
        .doesNotContain("??");
    assertThat(fre).contains("registre des achats + répartition de la production mondiale (estimation)")
        .contains("Fichier d'entrée (Profil de l'entreprise)").doesNotContain("??", "(ledger)");
  }

  /** An HTML report's text, a table cell ending in " | ", blanks folded. */
  private static String cells(String html) {
    return html.replaceAll("</t[dh]>", " | ").replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replace("&#39;", "'")
        .replaceAll("\\s+", " ").replace(" |", " |");
  }

  @Test
  void declarationsGiveTheSmeltersAndAreNoLongerMissing() throws IOException {
    Path decl = dir.resolve("decl");
    assertThat(run("declarations", "generate", "--count", "2", "--out", decl.toString(), "--min-rows", "5",
        "--max-rows", "10", "--clean").exit()).isZero();
    Path without = dir.resolve("without.html");
    Path with = dir.resolve("with.html");
    assertThat(run("report", "eu-cmr-annual", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
        "--out", without.toString()).exit()).isZero();
    Run r = run("report", "eu-cmr-annual", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
        "--declarations", decl.toString(), "--out", with.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String a = Files.readString(without);
    String b = Files.readString(with);
    assertThat(a).contains("Supplier declarations (CMRT, EMRT, AMRT): none given");
    assertThat(b).doesNotContain("Supplier declarations (CMRT, EMRT, AMRT): none given")
        .contains("Smelters and refiners reported in supplier declarations", "Supplier declarations: 2 file(s) read from decl");
  }

  @Test
  void badInputIsRefusedInTheLanguageOfLangAndNothingIsWritten() throws IOException {
    Path out = dir.resolve("plan.docx");
    Files.writeString(out, "previous");
    Run kind = run("report", "annual-report", "--profile", PROFILE, "--ledger", LEDGER, "--lang", "fr", "--out", out.toString());
    assertThat(kind.exit()).isEqualTo(2);
    assertThat(kind.err()).isEqualTo("vigie: rapport inconnu « annual-report » (attendu : l'un de vigilance-plan, "
        + "eu-cmr-annual, batteries-dd, form-sd)" + System.lineSeparator());

    Run format = run("report", "form-sd", "--profile", PROFILE, "--ledger", LEDGER, "--out", dir.resolve("r.odt").toString());
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("unknown report format 'r.odt' (expected a file ending in .html, .docx, .pdf)");

    Path badLedger = dir.resolve("bad.csv");
    Files.writeString(badLedger, "material,mass_kg\nunobtainium,12\n");
    Run ledger = run("report", "vigilance-plan", "--profile", PROFILE, "--ledger", badLedger.toString(), "--lang", "fr",
        "--out", out.toString());
    assertThat(ledger.exit()).isEqualTo(2);
    assertThat(ledger.err()).startsWith("vigie: ").contains("bad.csv");

    Run folder = run("report", "vigilance-plan", "--profile", PROFILE, "--ledger", LEDGER,
        "--out", dir.resolve("no/such/folder/plan.pdf").toString());
    assertThat(folder.exit()).isEqualTo(2);

    // the previous file is untouched and no temporary file is left
    assertThat(Files.readString(out)).isEqualTo("previous");
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plan.docx", "bad.csv");
    }
  }
}
