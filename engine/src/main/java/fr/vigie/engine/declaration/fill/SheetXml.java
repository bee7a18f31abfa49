package fr.vigie.engine.declaration.fill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes values into the cells of one worksheet's XML, leaving everything else as it is: styles
 * (a cell keeps its {@code s} attribute), formulas of other cells, validations, hidden rows. Text
 * is written as an inline string, numbers as values. Cells and rows missing from the sheet are
 * inserted in order. Works on the XML as Excel writes it (one {@code <row>} per row, attributes in
 * double quotes).
 */
final class SheetXml {
  private SheetXml() {}

  /** A value to write: text, or a number when {@code number} is present. */
  record Value(String text, Double number) {
    static Value text(String t) {
      return new Value(t, null);
    }

    static Value number(double d) {
      return new Value("", d);
    }
  }

  private static final Pattern ROW = Pattern.compile("<row\\b[^>]*?\\br=\"(\\d+)\"[^>]*?(/?)>");
  private static final Pattern CELL = Pattern.compile("<c\\b[^>]*?\\br=\"([A-Z]+)(\\d+)\"[^>]*?(?:/>|>.*?</c>)", Pattern.DOTALL);
  private static final Pattern STYLE = Pattern.compile("\\bs=\"(\\d+)\"");

  /** The sheet XML with the given cells (A1 references) set. */
  static String set(String xml, Map<String, Value> cells) {
    TreeMap<Integer, TreeMap<Integer, Value>> byRow = new TreeMap<>();
    cells.forEach((a1, v) -> {
      CellReference ref = new CellReference(a1);
      byRow.computeIfAbsent(ref.getRow() + 1, r -> new TreeMap<>()).put((int) ref.getCol(), v);
    });
    int dataStart = xml.indexOf("<sheetData");
    if (dataStart < 0) {
      throw new IllegalArgumentException("no sheetData in worksheet");
    }
    int open = xml.indexOf('>', dataStart);
    StringBuilder out = new StringBuilder(xml.length() + cells.size() * 80);
    if (xml.charAt(open - 1) == '/') { // <sheetData/>
      out.append(xml, 0, dataStart).append("<sheetData>");
      byRow.forEach((r, row) -> out.append(newRow(r, row)));
      return out.append("</sheetData>").append(xml, open + 1, xml.length()).toString();
    }
    int end = xml.indexOf("</sheetData>", open);
    out.append(xml, 0, open + 1);
    Matcher m = ROW.matcher(xml);
    m.region(open + 1, end);
    int pos = open + 1;
    while (m.find()) {
      int r = Integer.parseInt(m.group(1));
      boolean selfClosing = !m.group(2).isEmpty();
      int rowEnd = selfClosing ? m.end() : xml.indexOf("</row>", m.end()) + "</row>".length();
      out.append(xml, pos, m.start());
      while (!byRow.isEmpty() && byRow.firstKey() < r) {
        var first = byRow.pollFirstEntry();
        out.append(newRow(first.getKey(), first.getValue()));
      }
      TreeMap<Integer, Value> targets = byRow.remove(r);
      if (targets == null) {
        out.append(xml, m.start(), rowEnd);
      } else {
        String startTag = selfClosing ? m.group().substring(0, m.group().length() - 2) + ">" : m.group();
        String content = selfClosing ? "" : xml.substring(m.end(), rowEnd - "</row>".length());
        out.append(startTag).append(rewrite(r, content, targets)).append("</row>");
      }
      pos = rowEnd;
      m.region(rowEnd, end);
    }
    out.append(xml, pos, end);
    byRow.forEach((r, row) -> out.append(newRow(r, row)));
    return out.append(xml, end, xml.length()).toString();
  }

  private static String newRow(int r, Map<Integer, Value> row) {
    StringBuilder sb = new StringBuilder("<row r=\"").append(r).append("\">");
    row.forEach((c, v) -> sb.append(cell(r, c, null, v)));
    return sb.append("</row>").toString();
  }

  private static String rewrite(int r, String content, TreeMap<Integer, Value> targets) {
    List<String> parts = new ArrayList<>();
    Matcher c = CELL.matcher(content);
    int last = 0;
    StringBuilder sb = new StringBuilder();
    while (c.find()) {
      int col = CellReference.convertColStringToIndex(c.group(1));
      sb.append(content, last, c.start());
      while (!targets.isEmpty() && targets.firstKey() < col) {
        var t = targets.pollFirstEntry();
        sb.append(cell(r, t.getKey(), null, t.getValue()));
      }
      Value v = targets.remove(col);
      if (v == null) {
        sb.append(c.group());
      } else {
        Matcher s = STYLE.matcher(c.group().substring(0, c.group().indexOf('>')));
        sb.append(cell(r, col, s.find() ? s.group(1) : null, v));
      }
      last = c.end();
    }
    sb.append(content, last, content.length());
    targets.forEach((col, v) -> sb.append(cell(r, col, null, v)));
    parts.add(sb.toString());
    return String.join("", parts);
  }

  private static String cell(int r, int c, String style, Value v) {
    String ref = CellReference.convertNumToColString(c) + r;
    String s = style == null ? "" : " s=\"" + style + "\"";
    if (v.number() != null) {
      return "<c r=\"" + ref + "\"" + s + "><v>" + org.apache.poi.ss.util.NumberToTextConverter.toText(v.number())
          + "</v></c>";
    }
    return "<c r=\"" + ref + "\"" + s + " t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(v.text())
        + "</t></is></c>";
  }

  static String escape(String t) {
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
            sb.append(ch);
          }
        }
      }
    }
    return sb.toString();
  }
}
