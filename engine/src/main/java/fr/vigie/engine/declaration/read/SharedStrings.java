package fr.vigie.engine.declaration.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared string table of an {@code .xlsx} as plain strings (SAX): the text runs of each
 * {@code <si>}, without phonetic runs. Cheaper than POI's rich-text objects.
 */
final class SharedStrings {
  static final SharedStrings NONE = new SharedStrings(List.of());

  private final List<String> strings;

  private SharedStrings(List<String> strings) {
    this.strings = strings;
  }

  static SharedStrings of(List<String> strings) {
    return new SharedStrings(List.copyOf(strings));
  }

  String get(int i) {
    return i >= 0 && i < strings.size() ? strings.get(i) : "";
  }

  int size() {
    return strings.size();
  }

  static SharedStrings parse(InputStream in) throws IOException, SAXException, ParserConfigurationException {
    List<String> out = new ArrayList<>();
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(new DefaultHandler() {
      private final StringBuilder sb = new StringBuilder();
      private boolean inT;
      private boolean inPhonetic;

      private String local(String localName, String qName) {
        return localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
      }

      @Override
      public void startElement(String uri, String localName, String qName, Attributes a) {
        switch (local(localName, qName)) {
          case "si" -> sb.setLength(0);
          case "t" -> inT = !inPhonetic;
          case "rPh" -> inPhonetic = true;
          default -> {}
        }
      }

      @Override
      public void characters(char[] ch, int start, int length) {
        if (inT) {
          sb.append(ch, start, length);
        }
      }

      @Override
      public void endElement(String uri, String localName, String qName) {
        switch (local(localName, qName)) {
          case "si" -> out.add(sb.toString());
          case "t" -> inT = false;
          case "rPh" -> inPhonetic = false;
          default -> {}
        }
      }
    });
    xml.parse(new InputSource(in));
    return new SharedStrings(out);
  }
}
