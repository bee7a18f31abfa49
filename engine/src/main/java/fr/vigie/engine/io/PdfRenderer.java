package fr.vigie.engine.io;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * XHTML to PDF (openhtmltopdf), with a Unicode font embedded: Liberation Sans (SIL Open Font
 * License 1.1, from the Maven artifact {@code com.github.librepdf:openpdf-fonts-extra}), so that
 * {@code →}, {@code ≥}, {@code ≤}, {@code −}, French narrow no-break spaces and accented letters print
 * as themselves, whatever fonts the machine has. The page's own {@code font-family} is overridden so
 * every text uses it. The few characters the font lacks are written as {@link #MISSING_GLYPHS} says
 * (or {@code ?}) instead of an empty box. Used by the application's assessment PDF and by the filings.
 */
public final class PdfRenderer {
  private PdfRenderer() {}

  /** The family name the embedded font is registered under. */
  public static final String FAMILY = "Liberation Sans";

  private static final String DIR = "liberation/";

  private record Face(String file, int weight, FontStyle style) {}

  private static final List<Face> FACES = List.of(
      new Face("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
      new Face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
      new Face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
      new Face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

  /** Characters Liberation Sans has no glyph for, and what the PDF shows instead. */
  static final Map<Integer, String> MISSING_GLYPHS = Map.of(0x2713, "[x]", 0x2717, "[ ]");

  private static final Map<String, byte[]> FONTS = load();

  static {
    // the renderer reports its progress at INFO on every page; keep its warnings and errors only
    for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
      com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
    }
  }

  private static final Font REGULAR = awt(FONTS.get(FACES.get(0).file()));

  private static Map<String, byte[]> load() {
    java.util.HashMap<String, byte[]> out = new java.util.HashMap<>();
    for (Face f : FACES) {
      try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(DIR + f.file())) {
        if (in == null) {
          throw new IllegalStateException("font " + DIR + f.file() + " not on the class path (openpdf-fonts-extra)");
        }
        out.put(f.file(), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Map.copyOf(out);
  }

  private static Font awt(byte[] ttf) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("unreadable embedded font", e);
    }
  }

  /**
   * The PDF of a well-formed XHTML page (a leading DOCTYPE is dropped: the XML parser refuses any, so
   * that no entity is expanded).
   */
  public static byte[] pdf(String xhtml) {
    String html = forEmbeddedFont(withFont(xhtml.replaceFirst("^\\s*<!DOCTYPE[^>]*>", "")));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      for (Face f : FACES) {
        byte[] bytes = FONTS.get(f.file());
        builder.useFont(() -> new ByteArrayInputStream(bytes), FAMILY, f.weight(), f.style(), true,
            EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
      }
      builder.withProducer("Vigie");
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page with a style that sets the embedded font on every element, last in its head. */
  static String withFont(String xhtml) {
    String style = "<style>*{font-family:'" + FAMILY + "' !important}</style>";
    int head = xhtml.indexOf("</head>");
    return head < 0 ? xhtml : xhtml.substring(0, head) + style + xhtml.substring(head);
  }

  /** The text with every character the embedded font lacks replaced ({@link #MISSING_GLYPHS}, else {@code ?}). */
  public static String forEmbeddedFont(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp < 0x80 || Character.isWhitespace(cp) || cp == 0xA0 || REGULAR.canDisplay(cp)) {
        out.appendCodePoint(cp);
      } else {
        out.append(MISSING_GLYPHS.getOrDefault(cp, "?"));
      }
    });
    return out.toString();
  }
}
