package fr.vigie.engine.declaration.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of an {@code .xlsx} show dates: read with SAX from {@code styles.xml} (the
 * {@code cellXfs} number formats), much cheaper than POI's full styles model.
 */
final class DateStyles {
  static final DateStyles NONE = new DateStyles(new boolean[0]);

  private final boolean[] date;

  private DateStyles(boolean[] date) {
    this.date = date;
  }

  boolean isDate(int style) {
    return style >= 0 && style < date.length && date[style];
  }

  static DateStyles parse(InputStream in) throws IOException, SAXException, ParserConfigurationException {
    Map<Integer, String> formats = new HashMap<>();
    List<Integer> xfs = new ArrayList<>();
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(new DefaultHandler() {
      private boolean inCellXfs;

      @Override
      public void startElement(String uri, String localName, String qName, Attributes a) {
        String n = localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
        switch (n) {
          case "numFmt" -> {
            String id = a.getValue("numFmtId");
            if (id != null) {
              formats.put(Integer.parseInt(id), a.getValue("formatCode"));
            }
          }
          case "cellXfs" -> inCellXfs = true;
          case "xf" -> {
            if (inCellXfs) {
              String id = a.getValue("numFmtId");
              xfs.add(id == null ? 0 : Integer.parseInt(id));
            }
          }
          default -> {}
        }
      }

      @Override
      public void endElement(String uri, String localName, String qName) {
        String n = localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
        if (n.equals("cellXfs")) {
          inCellXfs = false;
        }
      }
    });
    xml.parse(new InputSource(in));
    boolean[] date = new boolean[xfs.size()];
    for (int i = 0; i < date.length; i++) {
      int id = xfs.get(i);
      String code = formats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
      date[i] = code != null && DateUtil.isADateFormat(id, code);
    }
    return new DateStyles(date);
  }
}
