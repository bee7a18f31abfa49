package fr.vigie.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF renderer embeds its Unicode font: arrows, comparison signs, the minus sign and French spaces print as themselves. */
class PdfRendererTests {

  static final String PAGE = "<html><head><title>t</title><style>body{font-family:Helvetica}</style></head><body>"
      + "<p>1 → 2, x ≥ 0,5, y ≤ 1, a ← b, −3 °C, ≠</p><p>1\u202F234\u00A0kg – « Prétraitement » œ €</p></body></html>";

  @Test
  void charactersOutsideWindows1252PrintAsThemselves() throws IOException {
    byte[] pdf = PdfRenderer.pdf("<!DOCTYPE html>\n" + PAGE);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("1 → 2", "x ≥ 0,5", "y ≤ 1", "a ← b", "−3 °C", "≠", "« Prétraitement » œ €");
      assertThat(text.replace('\u202F', ' ').replace('\u00A0', ' ')).contains("1 234 kg");
      assertThat(text).doesNotContain("->", ">=", "<=");
      assertThat(fonts(doc)).isNotEmpty().allMatch(f -> f.contains("LiberationSans"));
    }
  }

  @Test
  void theFewCharactersTheFontLacksAreWrittenInsteadOfLeftAsEmptyBoxes() {
    assertThat(PdfRenderer.forEmbeddedFont("✓ in place, ✗ gap, → ≥ 钴")).isEqualTo("[x] in place, [ ] gap, → ≥ ?");
  }

  private static List<String> fonts(PDDocument doc) throws IOException {
    List<String> out = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      PDResources r = page.getResources();
      for (COSName n : r.getFontNames()) {
        out.add(r.getFont(n).getName());
      }
    }
    return out;
  }
}
