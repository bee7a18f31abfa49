package fr.vigie.engine.declaration.read;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** SAX handler for one worksheet part: keeps cached values of the first {@code cols} columns. */
final class SheetHandler extends DefaultHandler {
  /** Thrown to stop parsing once the row limit is reached. */
  static final class Stop extends RuntimeException {
    Stop() {
      super("row limit reached");
    }
  }

  private final Grid grid;
  private final int cols;
  private final int maxRow;
  private final SharedStrings strings;
  private final DateStyles styles;

  private final StringBuilder text = new StringBuilder();
  private boolean inValue;
  private boolean inFormula;
  private String ref;
  private String type;
  private int style;
  private boolean formula;
  private boolean keep;
  private int lastRow;
  private int nextCol;

  SheetHandler(Grid grid, int cols, int maxRow, SharedStrings strings, DateStyles styles) {
    this.grid = grid;
    this.cols = cols;
    this.maxRow = maxRow;
    this.strings = strings;
    this.styles = styles;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    String name = localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
    switch (name) {
      case "row" -> {
        String r = atts.getValue("r");
        lastRow = r == null ? lastRow + 1 : Integer.parseInt(r);
        nextCol = 0;
        if (lastRow > maxRow) {
          throw new Stop();
        }
      }
      case "c" -> {
        ref = atts.getValue("r");
        type = atts.getValue("t");
        String s = atts.getValue("s");
        style = s == null ? -1 : Integer.parseInt(s);
        formula = false;
        text.setLength(0);
        int col = ref == null ? nextCol : column(ref);
        nextCol = col + 1;
        keep = col < cols;
      }
      case "f" -> {
        formula = true;
        inFormula = true;
      }
      case "v", "t" -> {
        if (keep) {
          inValue = true;
        }
      }
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue && !inFormula) {
      text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
    switch (name) {
      case "f" -> inFormula = false;
      case "v", "t" -> inValue = false;
      case "c" -> {
        if (keep) {
          int col = ref == null ? nextCol - 1 : column(ref);
          Cell c = value();
          if (c != null) {
            grid.put(lastRow, col, c);
          }
        }
        keep = false;
      }
      default -> {}
    }
  }

  private Cell value() {
    String raw = text.toString();
    if (type == null || type.equals("n")) {
      if (raw.isEmpty()) {
        return null;
      }
      double d;
      try {
        d = Double.parseDouble(raw);
      } catch (NumberFormatException e) {
        return Cell.text(raw, formula);
      }
      return Cell.number(d, isDateStyle(), formula);
    }
    return switch (type) {
      case "s" -> {
        if (raw.isEmpty()) {
          yield null;
        }
        int index;
        try {
          index = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
          yield null;
        }
        yield Cell.text(strings.get(index), formula);
      }
      case "str", "inlineStr" -> Cell.text(raw, formula);
      case "d" -> Cell.text(raw.length() > 10 && raw.charAt(10) == 'T' ? raw.substring(0, 10) : raw, formula);
      case "b" -> new Cell(Cell.Kind.BOOLEAN, "1".equals(raw) ? "true" : "false", 0, formula);
      case "e" -> new Cell(Cell.Kind.ERROR, raw, 0, formula);
      default -> Cell.text(raw, formula);
    };
  }

  private boolean isDateStyle() {
    return styles.isDate(style);
  }

  /** 0-based column of an A1 reference: its leading letters read in base 26. */
  static int column(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        col = col * 26 + (c - 'a' + 1);
      } else {
        break;
      }
    }
    return col - 1;
  }
}
