package fr.vigie.engine.io;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The engine's one streaming Excel ({@code .xlsx}) reader, used by ledgers and supplier
 * declarations. Sheets are streamed with SAX through a parser that refuses any DOCTYPE (no entity
 * expansion, nothing fetched); nothing builds POI's object model.
 *
 * <p><b>One size policy, set once.</b> POI keeps its zip-bomb limits in process-wide static fields
 * ({@link ZipSecureFile}); this class sets them once, when it is initialised, and never again: an
 * entry inflating more than {@code 1 / MIN_INFLATE_RATIO} times its compressed size, or beyond
 * {@link #MAX_ENTRY_BYTES}, is refused. On top of that every part is read through a counter that
 * refuses it as soon as its <em>uncompressed</em> bytes pass a bound: {@link Limits#keptPartBytes()}
 * for the parts held in memory (the shared strings, the styles, the sheet list), {@link
 * Limits#streamedPartBytes()} for the sheets, which are streamed. So a small file whose shared
 * strings inflate to a gigabyte is refused ({@code xlsx.part_too_large}) after reading at most the
 * bound, before it is held in memory. A caller may ask for tighter bounds, never looser ones, and
 * no call changes the process-wide limits.
 */
public final class Xlsx {
  /** Smallest compressed/uncompressed ratio accepted per zip entry (POI's default). */
  public static final double MIN_INFLATE_RATIO = 0.01;

  /** Largest uncompressed zip entry accepted at all (a streamed sheet of a million-line ledger fits). */
  public static final long MAX_ENTRY_BYTES = 1L << 30;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  /**
   * Bounds on the uncompressed bytes read from one part.
   *
   * @param keptPartBytes a part held in memory (shared strings, styles, sheet list)
   * @param streamedPartBytes a sheet, streamed row by row
   */
  public record Limits(long keptPartBytes, long streamedPartBytes) {
    /** 64 MiB for the parts held in memory, {@link #MAX_ENTRY_BYTES} for streamed sheets. */
    public static final Limits DEFAULT = new Limits(64L << 20, MAX_ENTRY_BYTES);

    public Limits {
      if (keptPartBytes <= 0 || streamedPartBytes <= 0) {
        throw new IllegalArgumentException("part limits must be positive");
      }
      keptPartBytes = Math.min(keptPartBytes, MAX_ENTRY_BYTES);
      streamedPartBytes = Math.min(streamedPartBytes, MAX_ENTRY_BYTES);
    }

    /** The same bound for every part. */
    public static Limits everyPart(long bytes) {
      return new Limits(Math.min(bytes, DEFAULT.keptPartBytes), bytes);
    }
  }

  /** A sheet listed in the workbook: its name and its relationship id (null when missing). */
  public record SheetRef(String name, String relationId) {}

  private Xlsx() {}

  /** Opens a workbook with the default limits; {@code source} names it in problems. */
  public static Workbook open(Path file, String source) {
    return open(file, source, Limits.DEFAULT);
  }

  /**
   * Opens a workbook. Refused with {@code xlsx.unreadable} when it is not an OOXML workbook, {@code
   * xlsx.zip_bomb} when POI's limits trip.
   */
  public static Workbook open(Path file, String source, Limits limits) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      throw refusal(source, e);
    }
    try {
      PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
      PackagePart workbook = core.size() == 0 ? null : pkg.getPart(core.getRelationship(0));
      if (workbook == null) {
        throw new ProblemException(Problem.error("xlsx.unreadable", "no workbook part").at(source, null));
      }
      return new Workbook(pkg, workbook, source, limits);
    } catch (RuntimeException e) {
      pkg.revert();
      throw e instanceof ProblemException p ? p : refusal(source, e);
    }
  }

  /** Whether POI refused an entry for its size or inflate ratio. */
  public static boolean isZipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb") || m.contains("inflate ratio") || m.contains("max entry size")
          || m.contains("ZipSecureFile")) {
        return true;
      }
    }
    return false;
  }

  private static ProblemException refusal(String source, Exception e) {
    return new ProblemException(
        Problem.error(isZipBomb(e) ? "xlsx.zip_bomb" : "xlsx.unreadable", FileReason.damaged(e)).at(source, null), e);
  }

  /** An open workbook; close it to release the file. */
  public static final class Workbook implements AutoCloseable {
    private final OPCPackage pkg;
    private final PackagePart workbook;
    private final String source;
    private final Limits limits;

    private Workbook(OPCPackage pkg, PackagePart workbook, String source, Limits limits) {
      this.pkg = pkg;
      this.workbook = workbook;
      this.source = source;
      this.limits = limits;
    }

    public String source() {
      return source;
    }

    /** The sheets, in workbook order. */
    public List<SheetRef> sheets() {
      List<SheetRef> out = new ArrayList<>();
      try (InputStream in = bounded(workbook, limits.keptPartBytes())) {
        parse(in, null, new DefaultHandler() {
          private static final String REL_NS =
              "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

          @Override
          public void startElement(String uri, String local, String qName, Attributes a) {
            if (local.equals("sheet")) {
              String id = a.getValue(REL_NS, "id");
              out.add(new SheetRef(a.getValue("name"), id != null ? id : a.getValue("r:id")));
            }
          }
        });
      } catch (IOException e) {
        throw failure(null, e);
      }
      return out;
    }

    /** The shared string table (text runs of each item, phonetic runs skipped); empty when none. */
    public List<String> sharedStrings() {
      List<String> strings = new ArrayList<>();
      Optional<PackagePart> part = related(XSSFRelation.SHARED_STRINGS.getRelation());
      if (part.isPresent()) {
        try (InputStream in = bounded(part.get(), limits.keptPartBytes())) {
          parse(in, null, new SharedStringsHandler(strings));
        } catch (IOException e) {
          throw failure(null, e);
        }
      }
      return strings;
    }

    /**
     * A part related to the workbook by {@code relationType} (e.g. the styles), read through the
     * bound of the parts held in memory; the caller closes it.
     */
    public Optional<InputStream> keptPart(String relationType) {
      return related(relationType).map(p -> {
        try {
          return bounded(p, limits.keptPartBytes());
        } catch (IOException e) {
          throw failure(null, e);
        }
      });
    }

    /**
     * Streams the sheet's XML to {@code handler} (namespace-aware SAX: use local names). A
     * RuntimeException thrown by the handler stops the reading and reaches the caller unchanged.
     *
     * @return false when the workbook lists the sheet without a content part
     */
    public boolean streamSheet(SheetRef sheet, ContentHandler handler) {
      PackageRelationship rel = sheet.relationId() == null ? null : workbook.getRelationship(sheet.relationId());
      PackagePart part;
      try {
        part = rel == null ? null : workbook.getRelatedPart(rel);
      } catch (InvalidFormatException e) {
        throw failure(sheet.name(), e);
      }
      if (part == null) {
        return false;
      }
      try (InputStream in = bounded(part, limits.streamedPartBytes())) {
        parse(in, sheet.name(), handler);
      } catch (IOException e) {
        throw failure(sheet.name(), e);
      }
      return true;
    }

    /**
     * The zip entry name of a sheet's part (e.g. {@code xl/worksheets/sheet4.xml}), or empty when
     * the workbook lists the sheet without a content part.
     */
    public Optional<String> partName(SheetRef sheet) {
      PackageRelationship rel = sheet.relationId() == null ? null : workbook.getRelationship(sheet.relationId());
      try {
        PackagePart part = rel == null ? null : workbook.getRelatedPart(rel);
        return part == null ? Optional.empty() : Optional.of(part.getPartName().getName().substring(1));
      } catch (InvalidFormatException e) {
        throw failure(sheet.name(), e);
      }
    }

    /** The zip entry name of the workbook part (e.g. {@code xl/workbook.xml}). */
    public String workbookPartName() {
      return workbook.getPartName().getName().substring(1);
    }

    private Optional<PackagePart> related(String relationType) {
      try {
        PackageRelationshipCollection rels = workbook.getRelationshipsByType(relationType);
        if (rels.size() == 0) {
          return Optional.empty();
        }
        return Optional.ofNullable(workbook.getRelatedPart(rels.getRelationship(0)));
      } catch (InvalidFormatException e) {
        throw failure(null, e);
      }
    }

    private InputStream bounded(PackagePart part, long limit) throws IOException {
      return new Bounded(part.getInputStream(), limit, source, part.getPartName().getName());
    }

    private void parse(InputStream in, String sheet, ContentHandler handler) throws IOException {
      try {
        XMLReader xml = SAX.newSAXParser().getXMLReader();
        raiseEntitySizeLimits(xml);
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
      } catch (SAXException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
          if (t instanceof RuntimeException r) {
            throw r;
          }
        }
        String m = String.valueOf(e.getMessage());
        Problem p = Problem.error(m.contains("DOCTYPE") ? "xlsx.doctype" : "xlsx.bad_xml", m).at(source, null);
        throw new ProblemException(sheet == null ? p : p.atPath(sheet), e);
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException(e);
      }
    }

    private ProblemException failure(String sheet, Exception e) {
      if (e.getCause() instanceof ProblemException p) {
        return p;
      }
      String detail = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      Problem p = Problem.error(isZipBomb(e) ? "xlsx.zip_bomb" : "xlsx.unreadable", detail).at(source, null);
      return new ProblemException(sheet == null ? p : p.atPath(sheet), e);
    }

    @Override
    public void close() {
      pkg.revert();
    }
  }

  private static final SAXParserFactory SAX = hardenedFactory();

  /**
   * The JDK's XML size limits that count the document's own text (JDK 24 and later ship {@code
   * jdk.xml.maxGeneralEntitySizeLimit} and {@code jdk.xml.totalEntitySizeLimit} at 100,000 in
   * {@code conf/jaxp.properties}), raised on this one parser to the largest part Vigie reads. The
   * RMI templates store each worksheet as one multi-megabyte XML line, which the default limits
   * refuse ({@code JAXP00010003}). Nothing else is loosened: a DOCTYPE, hence any entity, is still
   * refused, and every part stays bounded by the counter ({@link Limits}) and POI's zip-bomb policy.
   */
  static final String ENTITY_SIZE_LIMIT = Long.toString(MAX_ENTRY_BYTES);

  private static void raiseEntitySizeLimits(XMLReader xml) {
    for (String property : new String[] {"jdk.xml.maxGeneralEntitySizeLimit", "jdk.xml.totalEntitySizeLimit"}) {
      try {
        xml.setProperty(property, ENTITY_SIZE_LIMIT);
      } catch (org.xml.sax.SAXNotRecognizedException | org.xml.sax.SAXNotSupportedException e) {
        // a parser without the JDK's limits does not count the document's text either
      }
    }
  }

  private static SAXParserFactory hardenedFactory() {
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      return f;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Counts the uncompressed bytes of one part and refuses it past its bound. */
  private static final class Bounded extends FilterInputStream {
    private final long limit;
    private final String source;
    private final String part;
    private long count;

    Bounded(InputStream in, long limit, String source, String part) {
      super(in);
      this.limit = limit;
      this.source = source;
      this.part = part;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      add(s);
      return s;
    }

    private void add(long n) {
      count += n;
      if (count > limit) {
        throw new ProblemException(
            Problem.error("xlsx.part_too_large", part, String.format(java.util.Locale.ROOT, "%.1f", limit / 1048576.0))
                .at(source, null));
      }
    }
  }

  /** Collects {@code sst/si} texts (rich text runs joined, phonetic runs skipped). */
  private static final class SharedStringsHandler extends DefaultHandler {
    private final List<String> out;
    private final StringBuilder text = new StringBuilder();
    private boolean inT;
    private int phonetic;

    SharedStringsHandler(List<String> out) {
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
}
