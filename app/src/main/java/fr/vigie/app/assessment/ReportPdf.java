package fr.vigie.app.assessment;

import fr.vigie.engine.io.PdfRenderer;
import org.springframework.stereotype.Component;

/**
 * The assessment report as PDF, rendered on the server from the engine's report template (the same
 * as the HTML export and the assessment page, {@code fr/vigie/engine/report/assessment.html}), in its
 * XHTML form without charts, by the engine's {@link PdfRenderer}: its embedded Unicode font (Liberation
 * Sans) prints {@code →}, {@code ≥}, {@code ≤}, {@code −} and French narrow no-break spaces as themselves.
 */
@Component
class ReportPdf {

    /** The PDF of the report, from its XHTML form ({@code HtmlReport.xhtml}). */
    byte[] pdf(String xhtml) {
        return PdfRenderer.pdf(xhtml);
    }
}
