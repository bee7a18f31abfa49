package fr.vigie.engine.ledger;

import fr.vigie.engine.kernel.ProblemException;
import static fr.vigie.engine.ledger.LedgerFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad ledger gives a clear error naming the line and the problem. */
class LedgerMalformedInputTests {

  private static final String HEADER = "item,material,mass_kg,spend_eur,origin_country,smelter_id,recycled_share,year\n";

  @TempDir Path dir;

  private static Seen onlyError(String line) {
    ImportReport r = rejected(csv(HEADER + "ok,copper,1,,,,,\n" + line + "\n"));
    assertThat(r.errors()).hasSize(1);
    assertThat(r.acceptedLines()).isZero();
    return Seen.of(r.errors().getFirst());
  }

  @Test
  void emptyFileIsRefused() {
    assertThatThrownBy(() -> csv("")).isInstanceOf(ProblemException.class).hasMessage("test.csv: the file is empty");
    assertThatThrownBy(() -> csv("\n \r\n\n")).hasMessage("test.csv: the file is empty");
  }

  @Test
  void emptyFileOnDiskIsRefusedBeforeReading() throws IOException {
    Path f = Files.createFile(dir.resolve("empty.csv"));
    assertThatThrownBy(() -> new LedgerImporter(REFERENCES).importFile(f, LedgerOptions.defaults()))
        .hasMessage("empty.csv: the file is empty");
  }

  @Test
  void headerWithoutDataIsRefused() {
    assertThatThrownBy(() -> csv(HEADER)).hasMessage("test.csv: the file has a header but no data lines");
  }

  @Test
  void headerThatDoesNotSplitIsAWrongDelimiter() {
    assertThatThrownBy(() -> csv("item|material|mass_kg\na|copper|1\n"))
        .hasMessageContaining("test.csv:1: the header 'item|material|mass_kg' does not split on ',', ';' or tab");
  }

  @Test
  void lineThatDoesNotSplitLikeTheHeaderIsReported() {
    assertThat(onlyError("a;copper;1;;;;;"))
        .isEqualTo(new Seen(3, "", "expected 8 fields as in the header, found 1 (wrong delimiter?)"));
  }

  @Test
  void invalidUtf8NamesTheByteOffsetAndLine() {
    byte[] head = "item,material,mass_kg\na,copper,1\nb".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 10];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // 'é' in windows-1252, invalid alone in UTF-8
    byte[] tail = ",copper,1\n".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(tail, 0, bytes, head.length + 1, 9);
    assertThatThrownBy(() -> csv(bytes, LedgerOptions.defaults()))
        .hasMessage("test.csv:3: not valid UTF-8 (byte 0xE9 at byte offset " + head.length
            + "); if the file was saved by Excel as plain CSV, use --encoding windows-1252");
  }

  @Test
  void truncatedAndOverlongUtf8SequencesAreRefused() {
    byte[] overlong = {'i', 't', 'e', 'm', ',', 'm', 'a', 't', 'e', 'r', 'i', 'a', 'l', ',', 'm', 'a', 's', 's', '_', 'k', 'g', '\n',
        'a', ',', (byte) 0xC0, (byte) 0xAF, ',', '1', '\n'};
    assertThatThrownBy(() -> csv(overlong, LedgerOptions.defaults())).hasMessageContaining("byte 0xC0 at byte offset 24");
    byte[] truncated = "item,material,mass_kg\na,copper,1\u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 1);
    assertThatThrownBy(() -> csv(cut, LedgerOptions.defaults())).hasMessageContaining(":2: not valid UTF-8 (byte 0xC3");
  }

  @Test
  void utf16IsRefusedWithAHint() {
    byte[] bytes = "\uFEFFitem,material,mass_kg\n".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> csv(bytes, LedgerOptions.defaults())).hasMessageContaining("encoded in UTF-16");
  }

  @Test
  void missingRequiredColumnIsNamed() {
    assertThatThrownBy(() -> csv("item,material,weight\na,copper,1\n"))
        .hasMessage("test.csv:1: missing required column mass_kg (fr: masse_kg); found [item, material, weight]"
            + " (use --map field=Header for other names)");
  }

  @Test
  void duplicatedHeadersAreRefused() {
    assertThatThrownBy(() -> csv("item,material,mass_kg,Material\na,copper,1,tin\n"))
        .hasMessage("test.csv:1: duplicated header 'Material' (columns 2 and 4)");
    assertThatThrownBy(() -> csv("item;material;mass_kg;matière\na;copper;1;tin\n"))
        .hasMessage("test.csv:1: columns 'material' and 'matière' both give the field material (duplicated header)");
  }

  @Test
  void mappingToAMissingHeaderIsRefused() {
    LedgerOptions o = LedgerOptions.defaults().withMapping(LedgerOptions.parseMapping("material=Metal"));
    assertThatThrownBy(() -> csv("item,material,mass_kg\na,copper,1\n", o))
        .hasMessageContaining("the mapping names the header 'Metal' for material but the file has no such column");
    assertThatThrownBy(() -> LedgerOptions.parseMapping("weight=Qty")).hasMessageContaining("unknown ledger field 'weight'");
    assertThatThrownBy(() -> LedgerOptions.parseMapping("material")).hasMessageContaining("bad mapping 'material'");
  }

  @Test
  void unknownMineralIsReported() {
    assertThat(onlyError("a,unobtainium,1,,,,,")).isEqualTo(new Seen(3, "material", "unknown mineral 'unobtainium'"));
  }

  @Test
  void unknownCountryIsReported() {
    assertThat(onlyError("a,copper,1,,Atlantis,,,"))
        .isEqualTo(new Seen(3, "origin_country", "unknown country 'Atlantis' (use an ISO code or a country name)"));
  }

  @Test
  void unknownRecyclingCountryNamesLineAndColumn() {
    ImportReport r = rejected(csv("item,material,mass_kg,recycled_share,recycling_country\n"
        + "ok,copper,1,0.5,FR\nb,copper,1,0.5,Narnia\n"));
    assertThat(Seen.all(r.errors())).containsExactly(
        new Seen(3, "recycling_country", "unknown country 'Narnia' (use an ISO code or a country name)"));
  }

  @Test
  void negativeOrNonNumericMassIsReported() {
    assertThat(onlyError("a,copper,-1,,,,,")).isEqualTo(new Seen(3, "mass_kg", "negative mass -1"));
    assertThat(onlyError("a,copper,12kg,,,,,")).isEqualTo(new Seen(3, "mass_kg", "not a number '12kg'"));
    assertThat(onlyError("a,copper,,,,,,")).isEqualTo(new Seen(3, "mass_kg", "empty"));
    assertThat(onlyError("a,copper,NaN,,,,,")).isEqualTo(new Seen(3, "mass_kg", "not a number 'NaN'"));
    assertThat(onlyError("a,copper,1e400,,,,,")).isEqualTo(new Seen(3, "mass_kg", "not a number '1e400'"));
    // a decimal comma is ambiguous in a comma-separated file: it must be quoted, and is refused
    assertThat(onlyError("a,copper,\"1,5\",,,,,")).isEqualTo(new Seen(3, "mass_kg", "not a number '1,5'"));
  }

  @Test
  void negativeSpendIsReported() {
    assertThat(onlyError("a,copper,1,-3,,,,")).isEqualTo(new Seen(3, "spend_eur", "negative spend -3"));
  }

  @Test
  void recycledShareOutsideZeroToOneIsReported() {
    assertThat(onlyError("a,copper,1,,,,30,"))
        .isEqualTo(new Seen(3, "recycled_share", "30 is outside 0-1 (a share: 0.3 means 30% recycled)"));
    assertThat(onlyError("a,copper,1,,,,-0.1,").message()).contains("outside 0-1");
  }

  @Test
  void badSmelterIdIsReportedAndGoodOnesAreNormalised() {
    assertThat(onlyError("a,copper,1,,,SM-12,,"))
        .isEqualTo(new Seen(3, "smelter_id", "bad smelter id 'SM-12' (expected CID and 6 digits, e.g. CID002158)"));
    assertThat(onlyError("a,copper,1,,,CID1234567,,").field()).isEqualTo("smelter_id");
    Ledger l = accepted(csv(HEADER + "a,copper,1,,,CID002158,,\nb,copper,1,,,cid-2158,,\nc,copper,1,,,CID 2159,,\n"));
    assertThat(l.filiere(COPPER).orElseThrow().smelters()).isEqualTo(2); // CID002158 twice, CID002159
  }

  @Test
  void badYearIsReported() {
    assertThat(onlyError("a,copper,1,,,,,20x4")).isEqualTo(new Seen(3, "year", "not a year between 1900 and 2100: '20x4'"));
    assertThat(onlyError("a,copper,1,,,,,2024.5").field()).isEqualTo("year");
  }

  @Test
  void emptyItemIsReported() {
    assertThat(onlyError(",copper,1,,,,,")).isEqualTo(new Seen(3, "item", "empty"));
  }

  @Test
  void textAfterAClosingQuoteIsReported() {
    assertThat(onlyError("\"a\"b,copper,1,,,,,"))
        .isEqualTo(new Seen(3, "", "malformed quoted field 1 (text after the closing quote)"));
  }

  @Test
  void unclosedQuoteIsRefused() {
    assertThatThrownBy(() -> csv(HEADER + "\"a,copper,1,,,,,\n"))
        .hasMessage("test.csv:2: a quoted field is not closed before the end of the file");
  }

  @Test
  void everyErrorOfEveryLineIsCountedAndTheListIsCapped() {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < 150; i++) {
      sb.append("a,lead,-1,,,,,\n"); // two errors per line
    }
    sb.append("ok,copper,1,,,,,\n");
    ImportReport r = rejected(csv(sb.toString()));
    assertThat(r.errorCount()).isEqualTo(300);
    assertThat(r.invalidLines()).isEqualTo(150);
    assertThat(r.errors()).hasSize(100);
    assertThat(r.unlistedErrors()).isEqualTo(200);
    assertThat(Seen.of(r.errors().get(0))).isEqualTo(new Seen(2, "material", "unknown mineral 'lead'"));
    assertThat(Seen.of(r.errors().get(1))).isEqualTo(new Seen(2, "mass_kg", "negative mass -1"));
    assertThat(r.dataLines()).isEqualTo(151);
    assertThat(r.acceptedLines()).isZero();
  }

  @Test
  void skipInvalidKeepsTheValidLinesAndReportsTheOthers() {
    String text = HEADER + "a,copper,1,,,,,\nb,lead,2,,,,,\nc,copper,3,,,,,\n";
    LedgerImport r = csv(text, LedgerOptions.defaults().withSkipInvalid(true));
    assertThat(accepted(r).filiere(COPPER).orElseThrow().massKg()).isEqualTo(4.0);
    assertThat(r.report().acceptedLines()).isEqualTo(2);
    assertThat(r.report().invalidLines()).isEqualTo(1);
    assertThat(Seen.all(r.report().errors())).containsExactly(new Seen(3, "material", "unknown mineral 'lead'"));
    // without the option, nothing is imported
    assertThat(rejected(csv(text)).acceptedLines()).isZero();
    // with the option but no valid line at all, the file is refused
    assertThat(csv(HEADER + "b,lead,2,,,,,\n", LedgerOptions.defaults().withSkipInvalid(true)))
        .isInstanceOf(LedgerImport.Rejected.class);
  }

  @Test
  void fileAboveTheSizeLimitIsRefusedBeforeReading() throws IOException {
    Path f = Files.writeString(dir.resolve("big.csv"), HEADER + "a,copper,1,,,,,\n");
    long size = Files.size(f);
    assertThatThrownBy(() -> new LedgerImporter(REFERENCES).importFile(f, LedgerOptions.defaults().withMaxBytes(size - 1)))
        .hasMessage(String.format(java.util.Locale.ROOT,
            "big.csv: the file is %,d bytes, above the %,d-byte limit (--max-size)", size, size - 1));
    assertThat(new LedgerImporter(REFERENCES).importFile(f, LedgerOptions.defaults().withMaxBytes(size)))
        .isInstanceOf(LedgerImport.Accepted.class);
  }

  @Test
  void missingFileZipNamedCsvAndLegacyXlsAreRefused() throws IOException {
    LedgerImporter importer = new LedgerImporter(REFERENCES);
    assertThatThrownBy(() -> importer.importFile(dir.resolve("nope.csv"), LedgerOptions.defaults()))
        .hasMessageStartingWith("nope.csv: file not found");
    Path zip = Files.write(dir.resolve("disguised.csv"), new byte[] {'P', 'K', 3, 4, 0, 0});
    assertThatThrownBy(() -> importer.importFile(zip, LedgerOptions.defaults()))
        .hasMessage("disguised.csv: this is a ZIP (XLSX) file, not CSV: name it .xlsx");
    Path xls = Files.write(dir.resolve("old.xls"), new byte[] {1, 2, 3});
    assertThatThrownBy(() -> importer.importFile(xls, LedgerOptions.defaults())).hasMessageContaining("legacy .xls");
  }
}
