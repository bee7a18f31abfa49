package fr.vigie.engine.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.vigie.engine.declaration.consolidate.AuditStatus;
import fr.vigie.engine.declaration.consolidate.ReferenceSmelter;
import fr.vigie.engine.declaration.consolidate.SmelterAudit;
import fr.vigie.engine.declaration.consolidate.SmelterCheck;
import fr.vigie.engine.declaration.consolidate.SmelterConsolidator;
import fr.vigie.engine.declaration.consolidate.SmelterReference;
import fr.vigie.engine.declaration.consolidate.SmelterStatus;
import fr.vigie.engine.declaration.read.CountryResolver;
import fr.vigie.engine.declaration.validate.CahraList;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.mineral.MineralId;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's RMI smelter list and the check of reported smelters against it (known answers). */
class SmelterAuditTests {
  @TempDir Path dir;

  static final CountryResolver COUNTRIES = new CountryResolver(TestCountries.registry());
  static final MineralId GOLD = MineralId.of("gold");
  static final MineralId TIN = MineralId.of("tin");
  static final MineralId TANTALUM = MineralId.of("tantalum");

  /** An RMI-style download: a title line, then the headings in the RMI's words and order. */
  static final String RMI_CSV = """
      Smelter/Refiner list, downloaded 2026-11-30
      Metal,Standard Smelter Name,Smelter ID,Country Location,RMAP Status
      Gold,Alpha Gold Refinery,CID000001,Germany,Conformant
      Tin,Beta Tin Smelter,CID000002,Indonesia,Active
      Gold,Ural Gold Plant,CID000003,Russian Federation,Non-Conformant
      Tantalum,Kivu Tantalum,CID000004,"Congo, Democratic Republic of the",Conformant
      Tin,Delta Tin Works,CID000005,China,Communication Suspended - Not Interested
      """;

  SmelterReference reference() throws Exception {
    Path csv = dir.resolve("rmi.csv");
    Files.writeString(csv, RMI_CSV, StandardCharsets.UTF_8);
    return SmelterReference.load(csv, COUNTRIES);
  }

  @Test
  void readsTheRmiListWhateverTheColumnOrderAndTitleLines() throws Exception {
    SmelterReference ref = reference();

    assertThat(ref.size()).isEqualTo(5);
    assertThat(ref.byId("CID000004")).contains(new ReferenceSmelter("CID000004", TANTALUM, "Kivu Tantalum", "COD",
        Optional.of(AuditStatus.CONFORMANT)));
    assertThat(ref.byId("CID000003").orElseThrow().status()).contains(AuditStatus.NON_CONFORMANT);
    assertThat(ref.byId("CID000005").orElseThrow().status()).contains(AuditStatus.NOT_ENROLLED);
    assertThat(ref.byName(TIN, "BETA TIN SMELTER CO., LTD.")).map(ReferenceSmelter::smelterId).contains("CID000002");
  }

  @Test
  void readsTheSameListFromAnExcelDownload() throws Exception {
    Path xlsx = dir.resolve("rmi.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(xlsx)) {
      var s = wb.createSheet("Smelter List");
      List<String> lines = RMI_CSV.lines().toList();
      s.createRow(0).createCell(0).setCellValue(lines.get(0));
      String[][] rows = {
          {"Smelter ID", "Metal", "Standard Smelter Name", "Country Location", "RMAP Status"},
          {"CID000001", "Gold", "Alpha Gold Refinery", "Germany", "Conformant"},
          {"CID000002", "Tin", "Beta Tin Smelter", "Indonesia", "Active"}};
      for (int r = 0; r < rows.length; r++) {
        var row = s.createRow(r + 2);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(os);
    }

    SmelterReference ref = SmelterReference.load(xlsx, COUNTRIES);

    assertThat(ref.all()).extracting(ReferenceSmelter::smelterId).containsExactly("CID000001", "CID000002");
    assertThat(ref.byId("CID000002").orElseThrow().status()).contains(AuditStatus.ACTIVE);
  }

  @Test
  void malformedRowsAreRefusedNamingLineAndColumn() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, """
        Smelter ID,Metal,Standard Smelter Name,Country Location,RMAP Status
        CID000001,Gold,Alpha Gold Refinery,Germany,Conformant
        ABC-12,Gold,Broken Id Refinery,Germany,Conformant
        CID000007,Unobtainium,Odd Metal Works,Germany,Active
        CID000008,Tin,Maybe Smelter,Germany,Perhaps later
        """, StandardCharsets.UTF_8);

    ProblemException e = catchThrowableOfType(ProblemException.class, () -> SmelterReference.load(csv, COUNTRIES));

    assertThat(e.problems()).extracting(Problem::code, Problem::source, Problem::line, Problem::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("declaration.bad_smelter_id", "bad.csv", 3, "Smelter ID"),
        org.assertj.core.groups.Tuple.tuple("declaration.unknown_metal", "bad.csv", 4, "Metal"),
        org.assertj.core.groups.Tuple.tuple("declaration.unknown_audit_status", "bad.csv", 5, "RMAP Status"));
    assertThat(e.problems().get(2).render(Messages.of(Locale.FRENCH))).contains("bad.csv").contains("Perhaps later")
        .doesNotContain("??");
  }

  @Test
  void eachReportedSmelterGetsItsStatusAndFlags() throws Exception {
    // a fixed list, so that the answers do not move with the default: the Dodd-Frank 1502 list (DRC and neighbours)
    SmelterAudit audit = new SmelterAudit(reference(), CahraList.named("dodd-frank-1502").orElseThrow());
    Declaration d = decl(
        row(5, GOLD, "Alpha Gold Refinery Ltd.", "DEU", "CID000001", List.of()),
        row(6, TIN, "BETA TIN SMELTER", "IDN", "CID000002", List.of()),
        row(7, GOLD, "Ural Gold Plant", "RUS", "CID000003", List.of()),
        row(8, TANTALUM, "Kivu Tantalum", "COD", "CID000004", List.of()),
        row(9, GOLD, "Nowhere Gold", "DEU", "CID000099", List.of()),
        row(10, TIN, "Alpha Gold Refinery", "DEU", "CID000001", List.of()),
        row(11, GOLD, "Totally Different Works", "DEU", "CID000001", List.of()),
        row(12, TIN, "Beta Tin Smelter Co., Ltd.", "IDN", null, List.of()),
        row(13, TIN, "Gamma Tin", "CHN", null, List.of()),
        row(14, GOLD, "Local refinery", "DEU", null, List.of("RUS")),
        row(15, TIN, "Delta Tin Works", "CHN", "CID000005", List.of()));

    List<SmelterCheck> checks = audit.check(d, "Supplier A");

    // row: status, CAHRA, Russian gold
    assertThat(checks).extracting(c -> c.rows().get(0), SmelterCheck::status, SmelterCheck::cahra, SmelterCheck::russianGold)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5, SmelterStatus.CONFORMANT, false, false),
            org.assertj.core.groups.Tuple.tuple(6, SmelterStatus.ACTIVE, false, false),
            org.assertj.core.groups.Tuple.tuple(7, SmelterStatus.NOT_CONFORMANT, false, true), // gold smelter in Russia
            org.assertj.core.groups.Tuple.tuple(8, SmelterStatus.CONFORMANT, true, false), // DRC is in the CAHRA list
            org.assertj.core.groups.Tuple.tuple(9, SmelterStatus.UNKNOWN_ID, false, false),
            org.assertj.core.groups.Tuple.tuple(10, SmelterStatus.NAME_ID_MISMATCH, false, false), // gold id reported for tin
            org.assertj.core.groups.Tuple.tuple(11, SmelterStatus.NAME_ID_MISMATCH, false, false), // no word in common
            org.assertj.core.groups.Tuple.tuple(12, SmelterStatus.ACTIVE, false, false), // found by metal and name
            org.assertj.core.groups.Tuple.tuple(13, SmelterStatus.NOT_LISTED, false, false),
            org.assertj.core.groups.Tuple.tuple(14, SmelterStatus.NOT_LISTED, false, true), // mine in Russia
            org.assertj.core.groups.Tuple.tuple(15, SmelterStatus.NOT_CONFORMANT, false, false));
    assertThat(checks.get(7).smelterId()).contains("CID000002");
    assertThat(checks.get(0).suppliers()).containsExactly("Supplier A");
    assertThat(checks.stream().filter(SmelterCheck::needsAction).count()).isEqualTo(8);

    List<Finding> findings = audit.findings(d);
    assertThat(findings).extracting(Finding::ruleId, Finding::cell).containsExactly(
        org.assertj.core.groups.Tuple.tuple("smelter-not-conformant", "F7"),
        org.assertj.core.groups.Tuple.tuple("smelter-russian-gold", "F7"),
        org.assertj.core.groups.Tuple.tuple("smelter-unknown-id", "F9"),
        org.assertj.core.groups.Tuple.tuple("smelter-name-id-mismatch", "F10"),
        org.assertj.core.groups.Tuple.tuple("smelter-name-id-mismatch", "F11"),
        org.assertj.core.groups.Tuple.tuple("smelter-not-in-list", "F13"),
        org.assertj.core.groups.Tuple.tuple("smelter-not-in-list", "F14"),
        org.assertj.core.groups.Tuple.tuple("smelter-russian-gold", "F14"),
        org.assertj.core.groups.Tuple.tuple("smelter-not-conformant", "F15"));
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.message(Messages.english())).doesNotContain("??");
      assertThat(f.message(Messages.of(Locale.FRENCH))).doesNotContain("??").isNotEqualTo(f.message(Messages.english()));
    });
  }

  @Test
  void consolidatedSmelterListIsCheckedOneSmelterEach() throws Exception {
    SmelterReference ref = reference();
    SmelterConsolidator c = new SmelterConsolidator(ref.asKnownSmelters());
    c.add("A", decl(row(5, GOLD, "Alpha Gold Refinery", "DEU", "CID000001", List.of()),
        row(6, TIN, "Gamma Tin", "CHN", null, List.of())));
    c.add("B", decl(row(5, GOLD, "ALPHA GOLD REFINERY", "DEU", "CID000001", List.of())));

    List<SmelterCheck> checks = new SmelterAudit(ref, CahraList.loadDefault()).check(c.result());

    assertThat(checks).extracting(SmelterCheck::metal, SmelterCheck::status, SmelterCheck::suppliers).containsExactly(
        org.assertj.core.groups.Tuple.tuple(GOLD, SmelterStatus.CONFORMANT, List.of("A", "B")),
        org.assertj.core.groups.Tuple.tuple(TIN, SmelterStatus.NOT_LISTED, List.of("A")));
  }

  static SmelterRow row(int r, MineralId metal, String name, String country, String id, List<String> mines) {
    LookupKind kind = id == null ? LookupKind.NOT_LISTED : LookupKind.LISTED;
    return new SmelterRow(r, Optional.of(metal), metal.value(), id == null ? "Smelter not listed" : name, kind, name,
        country, Optional.of(country), Optional.ofNullable(id), id == null ? "" : id, "", "", "", "", "", "", "", "",
        String.join(", ", mines), mines, Answer.NO, "");
  }

  static Declaration decl(SmelterRow... rows) {
    Company c = new Company("S", Scope.COMPANY, "A", "", "", "", "", new Contact("", "", ""), new Contact("", "", ""),
        "", Optional.empty(), "");
    return new Declaration(Template.CMRT, "6.5", c, List.of(TANTALUM, TIN, GOLD), List.of(), List.of(), List.of(rows),
        List.of(), List.of());
  }
}
