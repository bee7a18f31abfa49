package fr.vigie.engine.declaration.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The sheets listed in {@code workbook.xml}: name and relationship id, in workbook order (SAX). */
final class WorkbookSheets {
  private WorkbookSheets() {}

  private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  static List<String[]> parse(PackagePart workbook) throws IOException, SAXException, ParserConfigurationException {
    List<String[]> out = new ArrayList<>();
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(new DefaultHandler() {
      @Override
      public void startElement(String uri, String localName, String qName, Attributes a) {
        String n = localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
        if (n.equals("sheet")) {
          String id = a.getValue(REL_NS, "id");
          if (id == null) {
            id = a.getValue("r:id");
          }
          out.add(new String[] {a.getValue("name"), id});
        }
      }
    });
    try (InputStream in = workbook.getInputStream()) {
      xml.parse(new InputSource(in));
    }
    return out;
  }
}
