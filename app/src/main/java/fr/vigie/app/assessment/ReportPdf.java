package fr.vigie.app.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The assessment report as PDF, rendered on the server (openhtmltopdf) from the same HTML as the
 * report page: template {@code assessment/report}, written as well-formed XHTML for this purpose.
 */
@Component
class ReportPdf {

    static final String TEMPLATE = "assessment/report";

    private final SpringTemplateEngine templates;

    ReportPdf(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    /** The report's HTML in a language, outside a web request (no links that need one). */
    String html(Map<String, Object> model, Locale locale) {
        Context context = new Context(locale, model);
        context.setVariable("pdf", true);
        return templates.process(TEMPLATE, context);
    }

    /** The PDF of the report. */
    byte[] pdf(Map<String, Object> model, Locale locale) {
        // openhtmltopdf parses XHTML with an XML parser that refuses any DOCTYPE (no entity expansion)
        String html = html(model, locale).replaceFirst("^\\s*<!DOCTYPE[^>]*>", "");
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
}
