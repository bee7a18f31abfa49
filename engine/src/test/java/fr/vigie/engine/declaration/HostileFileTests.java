package fr.vigie.engine.declaration;

import fr.vigie.engine.kernel.Messages;
import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.declaration.generate.Language;
import fr.vigie.engine.declaration.read.Layouts;
import fr.vigie.engine.declaration.validate.Declarations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad and hostile files: each gives a clear per-file rejection, never an exception out of read(). */
class HostileFileTests {
  @TempDir Path dir;

  static final Fixtures.Version CMRT = Fixtures.version(Template.CMRT, "6.5", Language.EN);

  private Path good(String name) {
    return Fixtures.write(dir, name, CMRT, Fixtures.clean(CMRT, 1, 20));
  }

  private static DeclarationResult.Rejected rejected(Path p) {
    DeclarationResult r = Fixtures.declarations().read(p);
    assertThat(r).as(r.findings().toString()).isInstanceOf(DeclarationResult.Rejected.class);
    return (DeclarationResult.Rejected) r;
  }

  @Test
  void textFileIsNotExcel() throws IOException {
    Path p = Files.writeString(dir.resolve("notes.xlsx"), "company;smelter\nACME;CID000001\n");
    assertThat(rejected(p).reason().ruleId()).isEqualTo("not-excel");
  }

  @Test
  void emptyFileIsNotExcel() throws IOException {
    Path p = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
    assertThat(rejected(p).reason().ruleId()).isEqualTo("not-excel");
  }

  @Test
  void zipThatIsNoWorkbookIsRefused() throws IOException {
    Path p = dir.resolve("archive.xlsx");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
      z.putNextEntry(new ZipEntry("readme.txt"));
      z.write("hello".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(rejected(p).reason().ruleId()).isIn("not-excel", "file-corrupt");
  }

  @Test
  void truncatedWorkbookIsCorrupt() throws IOException {
    byte[] bytes = Files.readAllBytes(good("g.xlsx"));
    Path p = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(rejected(p).reason().ruleId()).isIn("file-corrupt", "not-excel");
  }

  @Test
  void passwordProtectedXlsxIsRefused() throws Exception {
    Path p = dir.resolve("locked.xlsx");
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
    Encryptor enc = info.getEncryptor();
    enc.confirmPassword("secret");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (InputStream in = Files.newInputStream(good("g.xlsx")); OutputStream os = enc.getDataStream(fs)) {
        in.transferTo(os);
      }
      try (OutputStream out = Files.newOutputStream(p)) {
        fs.writeFilesystem(out);
      }
    }
    DeclarationResult.Rejected r = rejected(p);
    assertThat(r.reason().ruleId()).isEqualTo("file-encrypted");
    assertThat(r.reason().message(Messages.english())).contains("password");
  }

  @Test
  void passwordProtectedXlsIsRefused() throws Exception {
    Path p = dir.resolve("locked.xls");
    Biff8EncryptionKey.setCurrentUserPassword("secret");
    try (Workbook wb = new fr.vigie.engine.declaration.generate.TemplateWriter(CMRT.layout(), CMRT.lang())
        .build(Fixtures.clean(CMRT, 1, 5), true); OutputStream os = Files.newOutputStream(p)) {
      wb.write(os);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    assertThat(rejected(p).reason().ruleId()).isEqualTo("file-encrypted");
  }

  @Test
  void workbookWithoutTemplateSheetsIsUnknown() throws IOException {
    Path p = dir.resolve("other.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(p)) {
      wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
      wb.write(os);
    }
    DeclarationResult.Rejected r = rejected(p);
    assertThat(r.reason().ruleId()).isEqualTo("template-unknown");
    assertThat(r.reason().message(Messages.english())).contains("Sheet1");
  }

  @Test
  void declarationWithoutTemplateNameIsUnknown() {
    Path p = Fixtures.writeAltered(dir, "d.xlsx", CMRT, Fixtures.clean(CMRT, 1, 5),
        wb -> {
          DeclarationValidationTests.set(wb, "Revision", "B3", "Supplier questionnaire");
          DeclarationValidationTests.set(wb, "Declaration", "D2", "Supplier questionnaire");
        });
    assertThat(rejected(p).reason().ruleId()).isEqualTo("template-unknown");
  }

  @Test
  void anotherTemplateFamilyIsNamedAsUnsupported() {
    Path p = Fixtures.writeAltered(dir, "d.xlsx", CMRT, Fixtures.clean(CMRT, 1, 5), wb -> {
      DeclarationValidationTests.set(wb, "Revision", "B3", null);
      DeclarationValidationTests.set(wb, "Declaration", "D2", "Product Reporting Template (PRT)");
    });
    DeclarationResult.Rejected r = rejected(p);
    assertThat(r.reason().ruleId()).isEqualTo("template-unknown");
    assertThat(r.reason().message(Messages.english())).contains("PRT");
  }

  @Test
  void unsupportedRevisionIsRefused() {
    for (String rev : List.of("Revision 5.12", "Revision 7.0")) {
      Path p = Fixtures.writeAltered(dir, "d.xlsx", CMRT, Fixtures.clean(CMRT, 1, 5),
          wb -> DeclarationValidationTests.set(wb, "Declaration", "J3", rev));
      DeclarationResult.Rejected r = rejected(p);
      assertThat(r.reason().ruleId()).isEqualTo("template-version-unsupported");
      assertThat(r.reason().message(Messages.english())).contains(rev.substring(9));
    }
  }

  @Test
  void missingRevisionIsRefused() {
    Path p = Fixtures.writeAltered(dir, "d.xlsx", CMRT, Fixtures.clean(CMRT, 1, 5),
        wb -> {
          DeclarationValidationTests.set(wb, "Declaration", "J3", null);
          DeclarationValidationTests.set(wb, "Revision", "B5", null); // the history's last entry
        });
    assertThat(rejected(p).reason().ruleId()).isEqualTo("template-version-unknown");
  }

  @Test
  void renamedSheetsAreAModifiedTemplate() {
    Path p1 = Fixtures.writeAltered(dir, "a.xlsx", CMRT, Fixtures.clean(CMRT, 1, 5),
        wb -> wb.setSheetName(wb.getSheetIndex("Declaration"), "Déclaration"));
    Path p2 = Fixtures.writeAltered(dir, "b.xlsx", CMRT, Fixtures.clean(CMRT, 1, 5),
        wb -> wb.setSheetName(wb.getSheetIndex("Smelter List"), "Smelters"));
    assertThat(rejected(p1).reason().ruleId()).isEqualTo("template-modified");
    assertThat(rejected(p2).reason().message(Messages.english())).contains("Smelter List");
  }

  @Test
  void insertedRowsAreAModifiedTemplate() {
    Path p1 = Fixtures.writeAltered(dir, "a.xlsx", CMRT, Fixtures.clean(CMRT, 1, 5),
        wb -> wb.getSheet("Declaration").shiftRows(30, 120, 1));
    Path p2 = Fixtures.writeAltered(dir, "b.xlsx", CMRT, Fixtures.clean(CMRT, 1, 5),
        wb -> wb.getSheet("Smelter List").shiftRows(0, 40, 1));
    DeclarationResult.Rejected r1 = rejected(p1);
    assertThat(r1.reason().ruleId()).isEqualTo("template-modified");
    assertThat(r1.reason().message(Messages.english())).contains("'Declaration'!B31");
    assertThat(rejected(p2).reason().message(Messages.english())).contains("'Smelter List'!B4");
  }

  @Test
  void fileAboveTheSizeLimitIsRefusedUnopened() throws IOException {
    Path p = dir.resolve("huge.xlsx");
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(50L << 20); // 50 MB, sparse
    }
    DeclarationResult.Rejected r = rejected(p);
    assertThat(r.reason().ruleId()).isEqualTo("file-too-large");
    assertThat(r.reason().message(Messages.english())).contains("50.0 MB").contains("--max-size");
  }

  /** Rewrites one part of a generated .xlsx (the Declaration sheet is the third sheet part). */
  private Path withPart(String name, String part, byte[] content) throws IOException {
    Path src = good("src-" + name);
    Path out = dir.resolve(name);
    try (ZipFile zf = new ZipFile(src.toFile()); ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
      for (ZipEntry e : java.util.Collections.list(zf.entries())) {
        z.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(part)) {
          z.write(content);
        } else {
          try (InputStream in = zf.getInputStream(e)) {
            in.transferTo(z);
          }
        }
        z.closeEntry();
      }
    }
    return out;
  }

  /**
   * The published templates carry about 100,000 {@code &quot;} references in one worksheet (the
   * Smelter List formulas), past the JDK's default 100,000-character entity limits (JDK 24 and
   * later, {@code JAXP00010003}): the reader raises those limits on its own parser and reads the
   * file, while a DOCTYPE stays refused (see {@link #xmlEntityExpansionIsNotPerformed}).
   */
  @Test
  void aWorksheetWithOverAHundredThousandQuoteReferencesIsRead() throws IOException {
    Path src = good("src-quotes.xlsx");
    String smelters;
    try (ZipFile zf = new ZipFile(src.toFile()); InputStream in = zf.getInputStream(zf.getEntry("xl/worksheets/sheet5.xml"))) {
      smelters = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder();
    java.util.Random rnd = new java.util.Random(1); // varied text, so that it does not compress like a zip bomb
    for (int i = 0; i < 120_000; i++) {
      text.append("&quot;").append((char) ('a' + rnd.nextInt(26)));
    }
    String quotes = "<row r=\"3000\"><c r=\"Z3000\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row></sheetData>";
    Path p = withPart("quotes.xlsx", "xl/worksheets/sheet5.xml",
        smelters.replace("</sheetData>", quotes).getBytes(StandardCharsets.UTF_8));

    DeclarationResult r = Fixtures.declarations().read(p);

    assertThat(r).isInstanceOf(DeclarationResult.Read.class);
    assertThat(((DeclarationResult.Read) r).declaration().smelters()).isNotEmpty();
  }

  @Test
  void zipBombIsRefused() throws IOException {
    // 60 MB of spaces inside the Declaration sheet XML compress about 1000:1, far beyond POI's 1% ratio
    byte[] head = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        .getBytes(StandardCharsets.UTF_8);
    byte[] bomb = new byte[60 << 20];
    java.util.Arrays.fill(bomb, (byte) ' ');
    System.arraycopy(head, 0, bomb, 0, head.length);
    Path p = withPart("bomb.xlsx", "xl/worksheets/sheet4.xml", bomb);
    assertThat(Files.size(p)).isLessThan(1L << 20);
    DeclarationResult.Rejected r = rejected(p);
    assertThat(r.reason().ruleId()).isEqualTo("zip-bomb");
  }

  @Test
  void xmlEntityExpansionIsNotPerformed() throws IOException {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol \"lol\">");
    dtd.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
    for (int i = 2; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
    String sheet = dtd + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"8\"><c r=\"D8\" t=\"inlineStr\"><is><t>&lol9;&xxe;</t></is></c></row></sheetData></worksheet>";
    Path p = withPart("xxe.xlsx", "xl/worksheets/sheet4.xml", sheet.getBytes(StandardCharsets.UTF_8));

    DeclarationResult r = Fixtures.declarations().read(p);

    // POI's XML reader refuses the DOCTYPE outright: a per-file rejection, nothing expanded or fetched
    assertThat(r).isInstanceOf(DeclarationResult.Rejected.class);
    assertThat(r.findings().get(0).ruleId()).isEqualTo("file-corrupt");
    assertThat(r.findings().toString()).doesNotContain("lollollol").doesNotContain("root:");
  }

  @Test
  void aBatchOfBadFilesNeverStopsAndTheGoodOneIsRead() throws Exception {
    List<Path> files = new ArrayList<>();
    files.add(Files.writeString(dir.resolve("a.xlsx"), "not a workbook"));
    files.add(good("b.xlsx"));
    files.add(Files.write(dir.resolve("c.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3}));
    files.add(dir.resolve("missing.xlsx"));
    Declarations d = Fixtures.declarations();
    List<DeclarationResult> results = files.stream().map(d::read).toList();
    assertThat(results).hasSize(4);
    assertThat(results.get(1)).isInstanceOf(DeclarationResult.Read.class);
    assertThat(results).filteredOn(r -> r instanceof DeclarationResult.Rejected).hasSize(3)
        .allSatisfy(r -> assertThat(r.findings().get(0).message(Messages.english())).isNotBlank());
  }

  @Test
  void entryLargerThanTheLimitIsRefused() {
    Path p = good("g.xlsx");
    DeclarationResult r = Fixtures.declarations(new fr.vigie.engine.declaration.read.ReadLimits(20L << 20, 2_000, 20_000)).read(p);
    assertThat(r).isInstanceOf(DeclarationResult.Rejected.class);
    assertThat(r.findings().get(0).ruleId()).isEqualTo("zip-bomb");
    // the same file reads with the default limits, which are restored for the next file
    assertThat(Fixtures.declarations().read(p)).isInstanceOf(DeclarationResult.Read.class);
  }
}
