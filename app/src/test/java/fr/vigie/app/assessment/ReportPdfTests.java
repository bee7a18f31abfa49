package fr.vigie.app.assessment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's characters for the PDF's built-in fonts (Windows-1252). */
class ReportPdfTests {

    @Test
    void frenchLettersAndWindows1252SignsAreKept() {
        String text = "<p>Évaluation à l'échéance : œuvre, ça, « 2 × 3 », 5 €, — ’</p>";
        assertThat(ReportPdf.forBuiltInFonts(text)).isEqualTo(text);
    }

    @Test
    void signsTheFontsLackAreWrittenInAsciiAndStayWellFormed() {
        assertThat(ReportPdf.forBuiltInFonts("<td>1 → 2</td><td>x ≥ 0.5, y ≤ 1</td><td>a ← b</td>"))
                .isEqualTo("<td>1 -> 2</td><td>x >= 0.5, y &lt;= 1</td><td>a &lt;- b</td>");
        // the French grouping separator (U+202F) becomes a no-break space (U+00A0)
        assertThat(ReportPdf.forBuiltInFonts("1\u202F234 kg")).isEqualTo("1\u00A0234 kg");
    }

    @Test
    void anyOtherCharacterOutsideWindows1252BecomesAQuestionMark() {
        // a CJK ideograph and a character outside the basic plane (one code point, two chars)
        assertThat(ReportPdf.forBuiltInFonts("钴 \uD83D\uDD0B")).isEqualTo("? ?");
    }
}
