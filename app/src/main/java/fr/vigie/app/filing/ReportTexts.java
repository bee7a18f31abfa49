package fr.vigie.app.filing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import fr.vigie.engine.filing.FilingFormat;
import fr.vigie.engine.filing.FilingKind;

/** What the application says of each kind of report: the text of the regulations catalogue that requires it. */
final class ReportTexts {

    private ReportTexts() {
    }

    /**
     * The id in the regulations catalogue ({@code engine/.../regulation/<id>.yaml}) of the text that
     * requires the report: the French duty of vigilance (Code de commerce L. 225-102-4), the EU
     * conflict minerals regulation (EU) 2017/821 (Art. 7(3)), the EU batteries regulation (EU)
     * 2023/1542 (Art. 48-52) and section 1502 of the Dodd-Frank Act (SEC Rule 13p-1, Form SD).
     */
    static String regulation(FilingKind kind) {
        return switch (kind) {
            case VIGILANCE_PLAN -> "fr-duty-of-vigilance";
            case EU_CMR_ANNUAL -> "eu-conflict-minerals";
            case BATTERIES_DD -> "eu-batteries";
            case FORM_SD -> "us-dodd-frank-1502";
        };
    }

    /** The format of a request parameter ({@code docx}, {@code pdf}, {@code html}, any case); empty for any other. */
    static Optional<FilingFormat> format(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(FilingFormat.values()).filter(f -> f.extension().equals(v)).findFirst();
    }
}
