package fr.vigie.engine.filing;

import fr.vigie.engine.filing.FilingDocument.Block;
import fr.vigie.engine.filing.FilingDocument.Section;
import fr.vigie.engine.kernel.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHpsMeasure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A filing as an editable Word document (Office Open XML, Apache POI XWPF): the title in the
 * {@code Title} style, sections and subsections in the built-in {@code heading 1} and {@code heading 2}
 * styles (with their outline levels, so Word's navigation pane and table of contents see them),
 * paragraphs, bulleted lines, tables with a header row, and figures as tables of bars.
 */
final class FilingDocx {
  private FilingDocx() {}

  static final String TITLE = "Title";
  static final String HEADING_1 = "Heading1";
  static final String HEADING_2 = "Heading2";

  static byte[] docx(FilingDocument d) {
    Messages m = Messages.of(d.locale());
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFStyles styles = doc.createStyles();
      styles.addStyle(style(TITLE, "Title", -1, 36));
      styles.addStyle(style(HEADING_1, "heading 1", 0, 28));
      styles.addStyle(style(HEADING_2, "heading 2", 1, 24));
      doc.getProperties().getCoreProperties().setTitle(d.title());
      doc.getProperties().getCoreProperties().setCreator("Vigie");
      paragraph(doc, TITLE, d.title());
      paragraph(doc, null, d.subtitle()).getRuns().get(0).setItalic(true);
      paragraph(doc, null, d.notice()).getRuns().get(0).setBold(true);
      for (Section s : d.sections()) {
        section(doc, s, HEADING_1, m);
        for (Section t : s.subsections()) {
          section(doc, t, HEADING_2, m);
        }
      }
      paragraph(doc, HEADING_1, m.get("filing.heading.missing"));
      if (d.missing().isEmpty()) {
        paragraph(doc, null, m.get("filing.missing.nothing"));
      }
      bullets(doc, d.missing());
      paragraph(doc, HEADING_1, m.get("filing.heading.sources"));
      bullets(doc, d.sources());
      paragraph(doc, HEADING_1, m.get("filing.heading.versions"));
      table(doc, List.of(), d.versions().stream().map(f -> List.of(f.label(), f.value())).toList());
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void section(XWPFDocument doc, Section s, String style, Messages m) {
    paragraph(doc, style, s.heading());
    s.basis().ifPresent(b -> paragraph(doc, null, m.get("filing.label.basis") + " " + b).getRuns().get(0).setItalic(true));
    for (Block b : s.blocks()) {
      switch (b) {
        case FilingDocument.Paragraph p -> paragraph(doc, null, p.text());
        case FilingDocument.Bullets l -> bullets(doc, l.items());
        case FilingDocument.Table t -> {
          caption(doc, t.caption());
          table(doc, t.headers(), t.rows());
        }
        case FilingDocument.Figure f -> {
          caption(doc, f.caption());
          table(doc, List.of(), f.bars().stream()
              .map(x -> List.of(x.label(), "\u2588".repeat((int) Math.round(x.value() * 20)), x.shown())).toList());
        }
      }
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    XWPFRun r = p.createRun();
    r.setText(text);
    return p;
  }

  private static void caption(XWPFDocument doc, String text) {
    XWPFParagraph p = paragraph(doc, null, text);
    p.getRuns().get(0).setBold(true);
    p.setSpacingAfter(60);
  }

  private static void bullets(XWPFDocument doc, List<String> items) {
    for (String item : items) {
      XWPFParagraph p = paragraph(doc, null, "\u2022 " + item);
      p.setIndentationLeft(360);
      p.setIndentationHanging(240);
    }
  }

  private static void table(XWPFDocument doc, List<String> headers, List<List<String>> rows) {
    int cols = !headers.isEmpty() ? headers.size() : rows.isEmpty() ? 1 : rows.get(0).size();
    int count = rows.size() + (headers.isEmpty() ? 0 : 1);
    if (count == 0) {
      return;
    }
    XWPFTable t = doc.createTable(count, cols);
    t.setWidth("100%");
    int r = 0;
    if (!headers.isEmpty()) {
      XWPFTableRow row = t.getRow(r++);
      row.setRepeatHeader(true);
      for (int c = 0; c < cols; c++) {
        cell(row.getCell(c), headers.get(c), true);
        row.getCell(c).setColor("EEF2F7");
      }
    }
    for (List<String> values : rows) {
      XWPFTableRow row = t.getRow(r++);
      for (int c = 0; c < cols; c++) {
        cell(row.getCell(c), values.get(c), false);
      }
    }
    doc.createParagraph();
  }

  private static void cell(XWPFTableCell cell, String text, boolean bold) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.LEFT);
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setBold(bold);
  }

  /** A paragraph style; {@code level} is its outline level (0 = heading 1), -1 for none. */
  private static XWPFStyle style(String id, String name, int level, int halfPoints) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    CTString n = CTString.Factory.newInstance();
    n.setVal(name);
    ct.setName(n);
    CTString next = CTString.Factory.newInstance();
    next.setVal("Normal");
    ct.setNext(next);
    CTOnOff on = CTOnOff.Factory.newInstance();
    ct.setQFormat(on);
    if (level >= 0) {
      CTDecimalNumber priority = CTDecimalNumber.Factory.newInstance();
      priority.setVal(BigInteger.valueOf(9));
      ct.setUiPriority(priority);
      CTPPrGeneral ppr = CTPPrGeneral.Factory.newInstance();
      CTDecimalNumber outline = CTDecimalNumber.Factory.newInstance();
      outline.setVal(BigInteger.valueOf(level));
      ppr.setOutlineLvl(outline);
      ppr.addNewKeepNext();
      ppr.addNewSpacing().setBefore(BigInteger.valueOf(level == 0 ? 360 : 240));
      ct.setPPr(ppr);
    }
    CTRPr rpr = CTRPr.Factory.newInstance();
    rpr.addNewB();
    CTHpsMeasure size = rpr.addNewSz();
    size.setVal(BigInteger.valueOf(halfPoints));
    rpr.addNewColor().setVal(level >= 0 ? "1F3864" : "000000");
    CTFonts fonts = rpr.addNewRFonts();
    fonts.setAscii("Calibri");
    fonts.setHAnsi("Calibri");
    ct.setRPr(rpr);
    XWPFStyle style = new XWPFStyle(ct);
    style.setType(STStyleType.PARAGRAPH);
    return style;
  }
}
