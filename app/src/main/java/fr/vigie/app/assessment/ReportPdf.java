package fr.vigie.app.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;

/**
 * The assessment report as PDF, rendered on the server (openhtmltopdf) from the engine's report
 * template (the same as the HTML export and the assessment page, {@code fr/vigie/engine/report/
 * assessment.html}), in its XHTML form without charts. The PDF uses the renderer's built-in fonts
 * (no font file is shipped), which only have the Windows-1252 characters: accented French letters,
 * {@code ×}, {@code €} and the like are there, others are written in ASCII ({@link #forBuiltInFonts}).
 */
@Component
class ReportPdf {

    /** Characters the built-in fonts lack, and what the PDF shows instead. */
    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            Map.entry('→', "->"), Map.entry('←', "&lt;-"), Map.entry('≥', ">="), Map.entry('≤', "&lt;="),
            Map.entry('≠', "!="), Map.entry('−', "-"), Map.entry('✓', "[x]"), Map.entry('✗', "[ ]"),
            // French number grouping (narrow no-break space) and thin spaces
            Map.entry('\u202F', "\u00A0"), Map.entry('\u2009', " "), Map.entry('\u2007', "\u00A0"));

    /** The HTML the PDF is rendered from: the report's XHTML without DOCTYPE, in the built-in fonts' characters. */
    static String pdfHtml(String xhtml) {
        // openhtmltopdf parses XHTML with an XML parser that refuses any DOCTYPE (no entity expansion)
        return forBuiltInFonts(xhtml.replaceFirst("^\\s*<!DOCTYPE[^>]*>", ""));
    }

    /** The PDF of the report, from its XHTML form ({@code HtmlReport.xhtml}). */
    byte[] pdf(String xhtml) {
        String html = pdfHtml(xhtml);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The HTML with every character outside Windows-1252 replaced: by its ASCII form when
     * {@link #REPLACEMENTS} has one (escaped for XHTML), else by {@code ?} (not a glyph the fonts lack).
     */
    static String forBuiltInFonts(String html) {
        CharsetEncoder windows1252 = Charset.forName("windows-1252").newEncoder();
        StringBuilder out = new StringBuilder(html.length());
        html.codePoints().forEach(cp -> {
            String c = Character.toString(cp);
            if (windows1252.canEncode(c)) {
                out.append(c);
            } else {
                out.append(cp <= Character.MAX_VALUE ? REPLACEMENTS.getOrDefault((char) cp, "?") : "?");
            }
        });
        return out.toString();
    }
}
