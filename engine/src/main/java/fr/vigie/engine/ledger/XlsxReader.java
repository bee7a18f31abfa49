package fr.vigie.engine.ledger;

import fr.vigie.engine.io.Xlsx;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one sheet of an XLSX workbook into {@link LedgerRows} through the engine's one Excel
 * reader ({@link Xlsx}: hardened SAX, one zip-bomb and part-size policy). Cells reach {@link
 * LedgerRows} as raw values (numbers unformatted), row by row.
 */
final class XlsxReader {
  private XlsxReader() {}

  static void read(Path file, String source, Optional<String> sheetName, LedgerRows rows) {
    try (Xlsx.Workbook workbook = Xlsx.open(file, source)) {
      List<Xlsx.SheetRef> sheets = workbook.sheets();
      List<String> names = sheets.stream().map(Xlsx.SheetRef::name).toList();
      Xlsx.SheetRef chosen = sheets.stream()
          .filter(s -> sheetName.isEmpty() || sheetName.get().equalsIgnoreCase(s.name()))
          .findFirst()
          .orElseThrow(() -> new ProblemException(
              (sheetName.isPresent()
                  ? Problem.error("xlsx.no_sheet_named", sheetName.get(), String.join(", ", names))
                  : Problem.error("xlsx.no_sheet", String.join(", ", names)))
                  .at(source, null)));
      List<String> strings = workbook.sharedStrings();
      if (!workbook.streamSheet(chosen, new Sheet(strings, rows, source, chosen.name()))) {
        throw new ProblemException(Problem.error("xlsx.no_sheet_content", chosen.name()).at(source, null));
      }
    }
  }

  /** Turns {@code sheetData/row/c} elements into records. */
  private static final class Sheet extends DefaultHandler {
    private final List<String> strings;
    private final LedgerRows rows;
    private final String source;
    private final String sheet;
    private final StringBuilder value = new StringBuilder();
    private String[] cells = new String[16];
    private int maxColumn = -1;
    private int column;
    private String type;
    private boolean collecting;
    private long rowNumber;
    private byte[] buf = new byte[1024];
    private int[] start = new int[16];
    private int[] end = new int[16];
    private int[] flags = new int[16];

    Sheet(List<String> strings, LedgerRows rows, String source, String sheet) {
      this.strings = strings;
      this.rows = rows;
      this.source = source;
      this.sheet = sheet;
      rows.decimalComma(true);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      switch (local) {
        case "row" -> {
          String r = atts.getValue("r");
          rowNumber = r != null ? Long.parseLong(r) : rowNumber + 1;
          Arrays.fill(cells, null);
          maxColumn = -1;
          column = -1;
        }
        case "c" -> {
          String ref = atts.getValue("r");
          column = ref != null ? columnOf(ref) : column + 1;
          type = atts.getValue("t");
          value.setLength(0);
        }
        case "v", "t" -> collecting = true;
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "v", "t" -> collecting = false;
        case "c" -> store();
        case "row" -> emit();
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int s, int length) {
      if (collecting) {
        value.append(ch, s, length);
      }
    }

    private void store() {
      String v = value.toString();
      if ("s".equals(type)) {
        int i;
        try {
          i = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
          throw problem("xlsx.bad_string_index", v);
        }
        if (i < 0 || i >= strings.size()) {
          throw problem("xlsx.missing_string", Integer.toString(i));
        }
        v = strings.get(i);
      }
      if (column >= cells.length) {
        if (column > 16_383) {
          throw problem("xlsx.column_beyond_xfd");
        }
        cells = Arrays.copyOf(cells, Math.max(cells.length * 2, column + 1));
      }
      cells[column] = v;
      maxColumn = Math.max(maxColumn, column);
    }

    private void emit() {
      int n = rows.headerBound() ? Math.max(rows.headerFields(), maxColumn + 1) : maxColumn + 1;
      if (n <= 0) {
        return;
      }
      if (!rows.headerBound()) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          names.add(cells[i] == null ? "" : cells[i]);
        }
        rows.header(names, rowNumber);
        return;
      }
      if (start.length < n) {
        start = new int[n];
        end = new int[n];
        flags = new int[n];
      }
      int p = 0;
      for (int i = 0; i < n; i++) {
        byte[] b = i < cells.length && cells[i] != null
            ? cells[i].getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (p + b.length > buf.length) {
          buf = Arrays.copyOf(buf, Math.max(buf.length * 2, p + b.length));
        }
        System.arraycopy(b, 0, buf, p, b.length);
        start[i] = p;
        p += b.length;
        end[i] = p;
        flags[i] = 0;
      }
      rows.record(buf, start, end, flags, n, rowNumber);
    }

    private ProblemException problem(String code, Object... args) {
      return new ProblemException(
          Problem.error(code, args).at(source, (int) Math.min(rowNumber, Integer.MAX_VALUE)).atPath(sheet));
    }

    private static int columnOf(String ref) {
      int c = 0;
      for (int i = 0; i < ref.length(); i++) {
        char ch = ref.charAt(i);
        if (ch >= 'A' && ch <= 'Z') {
          c = c * 26 + (ch - 'A' + 1);
        } else {
          break;
        }
      }
      return c - 1;
    }
  }
}
