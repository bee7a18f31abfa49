package fr.vigie.engine.ledger;

import fr.vigie.engine.kernel.VigieException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one sheet of an XLSX workbook with SAX (POI's {@link XSSFReader} gives the parts; the
 * sheet and shared strings XML are parsed here with a parser that refuses any DOCTYPE, so entity
 * expansion cannot happen). ZIP entries are checked by POI's {@link ZipSecureFile}: an entry that
 * inflates more than 100 times its compressed size, or beyond 1 GiB, is refused as a zip bomb.
 * Cells reach {@link LedgerRows} as raw values (numbers unformatted), row by row.
 */
final class XlsxReader {
  /** Refuse entries whose compressed size is under 1% of their inflated size. */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** Refuse any ZIP entry inflating beyond 1 GiB. */
  static final long MAX_ENTRY_SIZE = 1L << 30;

  private XlsxReader() {}

  static void read(Path file, String source, Optional<String> sheetName, LedgerRows rows)
      throws IOException {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      List<String> strings = new ArrayList<>();
      try (InputStream sst = sharedStrings(reader)) {
        if (sst != null) {
          parse(sst, new SharedStrings(strings), source);
        }
      }
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          String name = sheets.getSheetName();
          names.add(name);
          if (sheetName.isEmpty() || sheetName.get().equalsIgnoreCase(name)) {
            parse(sheet, new Sheet(strings, rows), source + " [" + name + "]");
            return;
          }
        }
      }
      throw new VigieException(
          source + ": " + (sheetName.isPresent() ? "no sheet named '" + sheetName.get() + "'" : "no sheet")
              + " (sheets: " + names + ")");
    } catch (InvalidFormatException e) {
      throw new VigieException(source + ": not a readable XLSX file (" + e.getMessage() + ")", e);
    } catch (OpenXML4JException e) {
      throw new VigieException(source + ": not a readable XLSX file (" + e.getMessage() + ")", e);
    }
  }

  private static InputStream sharedStrings(XSSFReader reader) throws IOException {
    try {
      return reader.getSharedStringsData();
    } catch (InvalidFormatException e) {
      return null;
    }
  }

  private static void parse(InputStream in, DefaultHandler handler, String source)
      throws IOException {
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      XMLReader xml = f.newSAXParser().getXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(in));
    } catch (SAXException e) {
      if (e.getCause() instanceof VigieException v) {
        throw v;
      }
      String m = String.valueOf(e.getMessage());
      throw new VigieException(
          source + ": refused XML in the workbook"
              + (m.contains("DOCTYPE") ? " (a DOCTYPE is declared: entity expansion is refused)" : "")
              + ": " + m, e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Collects {@code sst/si} texts (rich text runs joined, phonetic runs skipped). */
  private static final class SharedStrings extends DefaultHandler {
    private final List<String> out;
    private final StringBuilder text = new StringBuilder();
    private boolean inT;
    private int phonetic;

    SharedStrings(List<String> out) {
      this.out = out;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      switch (local) {
        case "si" -> text.setLength(0);
        case "t" -> inT = phonetic == 0;
        case "rPh" -> phonetic++;
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "si" -> out.add(text.toString());
        case "t" -> inT = false;
        case "rPh" -> phonetic--;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inT) {
        text.append(ch, start, length);
      }
    }
  }

  /** Turns {@code sheetData/row/c} elements into records. */
  private static final class Sheet extends DefaultHandler {
    private final List<String> strings;
    private final LedgerRows rows;
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

    Sheet(List<String> strings, LedgerRows rows) {
      this.strings = strings;
      this.rows = rows;
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
          throw new VigieException("row " + rowNumber + ": bad shared string index '" + v + "'");
        }
        if (i < 0 || i >= strings.size()) {
          throw new VigieException("row " + rowNumber + ": shared string " + i + " does not exist");
        }
        v = strings.get(i);
      }
      if (column >= cells.length) {
        if (column > 16_383) {
          throw new VigieException("row " + rowNumber + ": column beyond XFD");
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
