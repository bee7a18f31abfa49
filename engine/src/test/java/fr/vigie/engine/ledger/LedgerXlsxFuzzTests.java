package fr.vigie.engine.ledger;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.vigie.engine.kernel.FuzzExpectations;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Fuzz test of the XLSX ledger reader. A fuzzed ZIP is nearly always refused by the ZIP reader before
 * the engine's code runs, so the input fills a valid package instead: the worksheet XML and the
 * shared strings XML come from the fuzzer (with a chance of being raw bytes), which reaches the
 * engine's SAX handlers and row mapping. Replays {@code LedgerXlsxFuzzTestsInputs/} in a normal test
 * run; {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class LedgerXlsxFuzzTests {

  private static final LedgerImporter IMPORTER = new LedgerImporter(LedgerReferences.bundled()).withThreads(1);

  @FuzzTest(maxDuration = "10m")
  void readsAnyWorkbook(FuzzedDataProvider data) throws IOException {
    String strings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + data.consumeString(2000) + "</sst>";
    String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + data.consumeRemainingAsString() + "</sheetData></worksheet>";
    Path file = Files.createTempFile("fuzz-ledger-", ".xlsx");
    try {
      write(file, sheet, strings);
      IMPORTER.importFile(file, LedgerOptions.defaults());
    } catch (RuntimeException e) {
      FuzzExpectations.check(e);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  static void write(Path file, String sheet, String strings) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
          + "</Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>");
      entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheets><sheet name=\"Ledger\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
          + "</Relationships>");
      entry(zip, "xl/worksheets/sheet1.xml", sheet);
      entry(zip, "xl/sharedStrings.xml", strings);
    }
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    OutputStream out = zip;
    out.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
