package fr.vigie.engine.ledger;

import fr.vigie.engine.kernel.ProblemException;
import static fr.vigie.engine.ledger.LedgerFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX ledgers: values read raw from the sheet; zip bombs and XML entities refused. */
class LedgerXlsxTests {

  @TempDir Path dir;

  private final LedgerImporter importer = new LedgerImporter(REFERENCES);

  /** Writes a workbook: a first "Notes" sheet, then a "Achats" sheet with the given rows. */
  private Path workbook(String name, Object[][] rows) throws IOException {
    Path f = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      Sheet achats = wb.createSheet("Achats");
      for (int r = 0; r < rows.length; r++) {
        Row row = achats.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue((String) v);
          }
        }
      }
      wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("not a ledger");
      wb.write(out);
    }
    return f;
  }

  private static final Object[][] THREE_LINES = {
    {"Article", "Matière", "Masse (kg)", "Fournisseur", "Dépense EUR", "Pays d'origine", "Pays affinage", "Id fonderie", "Part recyclée", "Année"},
    {"battery pack A", "cobalt", 100, "Acme", 5000, "CD", "CN", "CID002158", 0.1, 2024},
    {"battery pack B", "Cobalt", 50, "Beta", 2000, null, "FI", null, "0,5", 2025},
    {"cable", "cuivre", 200, "Acme", 1000, "CL", null, null, null, 2024},
  };

  @Test
  void workbookGivesTheSameLedgerAsTheCsvComputedByHand() throws IOException {
    LedgerImport r = importer.importFile(workbook("ledger.xlsx", THREE_LINES), LedgerOptions.defaults());
    Ledger l = accepted(r);
    assertThat(r.report().format()).isEqualTo("xlsx");
    assertThat(l.totalMassKg()).isEqualTo(350.0); // 100 + 50 + 200
    FiliereAggregate cobalt = l.filiere(COBALT).orElseThrow();
    assertThat(cobalt.recycledMassKg()).isEqualTo(100 * 0.1 + 50 * 0.5);
    assertThat(cobalt.massByRefinerCountry()).containsExactly(Map.entry(CHN, 100.0), Map.entry(FIN, 50.0));
    assertThat(l.lastYear()).contains(2025);
  }

  @Test
  void recyclingCountryIsReadAndAMalformedOneNamesRowAndColumn() throws IOException {
    Object[][] rows = {
      {"item", "material", "mass_kg", "refiner_country", "recycled_share", "recycling_country"},
      {"a", "copper", 100, "CL", 0.5, "FR"}, {"b", "copper", 100, "DE", 0.25, null},
    };
    // line a: 50 kg recovered in France (its recycling country); line b: 25 kg in Germany (no
    // recycling country: the refiner's)
    FiliereAggregate copper = accepted(importer.importFile(workbook("ok.xlsx", rows), LedgerOptions.defaults()))
        .filiere(new fr.vigie.engine.mineral.MineralId("copper")).orElseThrow();
    assertThat(copper.recycledMassByCountry()).containsOnly(Map.entry(FRA, 50.0), Map.entry(DEU, 25.0));
    Object[][] bad = {
      {"item", "material", "mass_kg", "recycled_share", "recycling_country"}, {"a", "copper", 1, 0.5, "Atlantis"},
    };
    ImportReport r = rejected(importer.importFile(workbook("bad.xlsx", bad), LedgerOptions.defaults()));
    assertThat(Seen.all(r.errors())).containsExactly(
        new Seen(2, "recycling_country", "unknown country 'Atlantis' (use an ISO code or a country name)"));
  }

  @Test
  void errorsNameTheSheetRow() throws IOException {
    Object[][] rows = {
      {"item", "material", "mass_kg"}, {"a", "copper", 1}, {"b", "plutonium", -2},
    };
    ImportReport r = rejected(importer.importFile(workbook("bad.xlsx", rows), LedgerOptions.defaults()));
    assertThat(Seen.all(r.errors())).containsExactly(
        new Seen(3, "material", "unknown mineral 'plutonium'"), new Seen(3, "mass_kg", "negative mass -2.0")); // the raw cell value
  }

  @Test
  void sheetIsChosenByName() throws IOException {
    Path f = workbook("two.xlsx", THREE_LINES);
    assertThatThrownBy(() -> importer.importFile(f, LedgerOptions.defaults().withSheet("Notes")))
        .hasMessageContaining("missing required columns");
    assertThatThrownBy(() -> importer.importFile(f, LedgerOptions.defaults().withSheet("Nope")))
        .hasMessage("two.xlsx: no sheet named 'Nope' (sheets: [Achats, Notes])");
    assertThat(importer.importFile(f, LedgerOptions.defaults().withSheet("achats")))
        .isInstanceOf(LedgerImport.Accepted.class);
  }

  @Test
  void zipBombIsRefused() throws IOException {
    Path ok = workbook("base.xlsx", THREE_LINES);
    // 20 MB of blanks after the XML declaration compress about 1000 to 1
    Path bomb = rewrite(ok, "bomb.xlsx", "xl/worksheets/sheet1.xml",
        xml -> xml.replaceFirst("\\?>", "?>" + " ".repeat(20_000_000)));
    assertThat(Files.size(bomb)).isLessThan(1_000_000);
    assertThatThrownBy(() -> importer.importFile(bomb, LedgerOptions.defaults()))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("bomb.xlsx")
        .hasMessageContaining("possible zip bomb")
        .satisfies(e -> assertThat(((ProblemException) e).first().code()).isEqualTo("xlsx.zip_bomb"));
  }

  @Test
  void entityExpansionIsRefused() throws IOException {
    Path ok = workbook("base.xlsx", THREE_LINES);
    String laughs = "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
    Path sheet = rewrite(ok, "laughs.xlsx", "xl/worksheets/sheet1.xml",
        xml -> xml.replaceFirst("\\?>", "?>" + laughs).replace("battery pack A", "&c;"));
    assertThatThrownBy(() -> importer.importFile(sheet, LedgerOptions.defaults()))
        .hasMessageContaining("laughs.xlsx (Achats): refused XML in the workbook (a DOCTYPE is declared: entity expansion is refused)");
    Path strings = rewrite(ok, "laughs2.xlsx", "xl/sharedStrings.xml",
        xml -> xml.replaceFirst("\\?>", "?>" + laughs));
    assertThatThrownBy(() -> importer.importFile(strings, LedgerOptions.defaults()))
        .hasMessageContaining("entity expansion is refused");
  }

  @Test
  void notAWorkbookIsRefused() throws IOException {
    Path f = Files.writeString(dir.resolve("fake.xlsx"), "item,material,mass_kg\n");
    assertThatThrownBy(() -> importer.importFile(f, LedgerOptions.defaults()))
        .isInstanceOf(ProblemException.class)
        .hasMessageStartingWith("fake.xlsx: not a readable");
  }

  /** Copies a workbook, changing one entry's text. */
  private Path rewrite(Path from, String name, String entry, UnaryOperator<String> change) throws IOException {
    Path to = dir.resolve(name);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals(entry)) {
          data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    return to;
  }

}
