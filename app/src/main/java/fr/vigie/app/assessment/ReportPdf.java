package fr.vigie.app.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The assessment report as PDF, rendered on the server (openhtmltopdf) from the same HTML as the
 * report page: template {@code assessment/report}, written as well-formed XHTML for this purpose.
 * The PDF uses the renderer's built-in fonts (no font file is shipped), which only have the
 * Windows-1252 characters: accented French letters, {@code ×}, {@code €} and the like are there,
 * others are written in ASCII ({@link #forBuiltInFonts}).
 */
@Component
class ReportPdf {

    static final String TEMPLATE = "assessment/report";

    /** Characters the built-in fonts lack, and what the PDF shows instead. */
    private static final Map<Character, String> REPLACEMENTS = Map.of(
            '→', "->", '←', "&lt;-", '≥', ">=", '≤', "&lt;=", '≠', "!=", '−', "-",
            // French number grouping (narrow no-break space) and thin spaces
            '\u202F', "\u00A0", '\u2009', " ", '\u2007', "\u00A0");

    private final SpringTemplateEngine templates;
    private final AssessmentTexts texts;

    ReportPdf(SpringTemplateEngine templates, AssessmentTexts texts) {
        this.templates = templates;
        this.texts = texts;
    }

    /** The report's HTML in a language, outside a web request (no links that need one). */
    String html(Map<String, Object> model, Locale locale) {
        Context context = new Context(locale, model);
        context.setVariable("pdf", true);
        context.setVariable("texts", texts.messages(locale));
        return templates.process(TEMPLATE, context);
    }

    /** The HTML the PDF is rendered from: the report's, without DOCTYPE, in the built-in fonts' characters. */
    String pdfHtml(Map<String, Object> model, Locale locale) {
        // openhtmltopdf parses XHTML with an XML parser that refuses any DOCTYPE (no entity expansion)
        return forBuiltInFonts(html(model, locale).replaceFirst("^\\s*<!DOCTYPE[^>]*>", ""));
    }

    /** The PDF of the report. */
    byte[] pdf(Map<String, Object> model, Locale locale) {
        String html = pdfHtml(model, locale);
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
