package fr.vigie.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.ProblemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

class XlsxTests {
  @TempDir Path dir;

  @Test
  void aNormalWorkbookReadsItsSheetsStringsAndRows() throws IOException {
    Path file = XlsxBombs.workbook(dir.resolve("achats.xlsx"), 3);
    try (Xlsx.Workbook wb = Xlsx.open(file, "achats.xlsx")) {
      assertThat(wb.sheets()).extracting(Xlsx.SheetRef::name).containsExactly("Achats", "Notes");
      assertThat(wb.sharedStrings()).contains("supplier", "quantity", "Fournisseur 1", "Fournisseur 3");
      List<String> rows = new ArrayList<>();
      boolean read = wb.streamSheet(wb.sheets().get(0), new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
          if (local.equals("row")) {
            rows.add(a.getValue("r"));
          }
        }
      });
      assertThat(read).isTrue();
      // a header and three rows, numbered as Excel does
      assertThat(rows).containsExactly("1", "2", "3", "4");
    }
  }

  @Test
  void sharedStringsInflatingToAGigabyteAreRefusedBeforeBeingHeld() throws IOException {
    // the security review's case: a 13 MB file whose shared strings inflate to 1 GiB, compressing
    // only ~80 times, so POI's inflate-ratio check lets it through; the part bound refuses it
    Path file = XlsxBombs.sharedStringsBomb(dir.resolve("bomb.xlsx"), 1024);
    assertThat(Files.size(file)).isBetween(5L << 20, 20L << 20);
    try (Xlsx.Workbook wb = Xlsx.open(file, "bomb.xlsx")) {
      assertThatThrownBy(wb::sharedStrings)
          .isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.first().code()).isEqualTo("xlsx.part_too_large");
            assertThat(e.first().source()).isEqualTo("bomb.xlsx");
            assertThat(e.first().args()).containsExactly("/xl/sharedStrings.xml", "64.0");
            assertThat(e.first().render(Messages.of(Locale.FRENCH)))
                .isEqualTo("bomb.xlsx : refusé : la partie /xl/sharedStrings.xml dépasse 64.0 Mo une fois décompressée"
                    + " (bombe zip possible)");
          })
          .hasMessage("bomb.xlsx: refused: the part /xl/sharedStrings.xml inflates beyond 64.0 MB"
              + " (possible zip bomb)");
    }
  }

  @Test
  void theZipPolicyIsSetOnceAndNoReadChangesIt() throws IOException {
    Path file = XlsxBombs.workbook(dir.resolve("small.xlsx"), 1);
    try (Xlsx.Workbook wb = Xlsx.open(file, "small.xlsx", Xlsx.Limits.everyPart(100))) {
      assertThatThrownBy(wb::sharedStrings)
          .isInstanceOfSatisfying(ProblemException.class,
              e -> assertThat(e.first().code()).isEqualTo("xlsx.part_too_large"));
    }
    assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(Xlsx.MAX_ENTRY_BYTES);
    assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(Xlsx.MIN_INFLATE_RATIO);
    try (Xlsx.Workbook wb = Xlsx.open(file, "small.xlsx")) {
      assertThat(wb.sharedStrings()).contains("Fournisseur 1");
    }
  }

  @Test
  void aFileThatIsNoWorkbookIsRefusedWithAProblem() throws IOException {
    Path file = Files.writeString(dir.resolve("fake.xlsx"), "not a zip");
    assertThatThrownBy(() -> Xlsx.open(file, "fake.xlsx"))
        .isInstanceOfSatisfying(ProblemException.class,
            e -> assertThat(e.first().code()).isEqualTo("xlsx.unreadable"))
        .hasMessageStartingWith("fake.xlsx: not a readable XLSX file");
  }
}
