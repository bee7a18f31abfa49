package fr.vigie.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The assessment report's PDF keeps every character of the report: no ASCII stand-ins any more. */
class ReportPdfTests {

    @Test
    void arrowsComparisonSignsAndFrenchSpacesPrintAsThemselves() throws IOException {
        String xhtml = "<!DOCTYPE html>\n<html><head><title>r</title></head><body>"
                + "<td>1 → 2</td><p>x ≥ 0,5, y ≤ 1, −3, Évaluation à l'échéance : œuvre « 2 × 3 », 5 €</p>"
                + "<p>1\u202F234 kg</p></body></html>";
        String text = text(new ReportPdf().pdf(xhtml));
        assertThat(text).contains("1 → 2", "x ≥ 0,5", "y ≤ 1", "−3", "Évaluation à l'échéance : œuvre « 2 × 3 », 5 €")
                .doesNotContain("->", ">=", "<=");
        assertThat(text.replace('\u202F', ' ')).contains("1 234 kg");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
