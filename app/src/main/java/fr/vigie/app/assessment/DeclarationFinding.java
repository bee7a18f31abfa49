package fr.vigie.app.assessment;

import java.util.Locale;
import java.util.Objects;

import fr.vigie.engine.declaration.Finding;

/**
 * One of the engine's findings about a declaration file, as stored and shown.
 *
 * @param severity  {@code error}, {@code warning} or {@code info}
 * @param rule      the engine's rule id
 * @param sheet     sheet name, empty for file-level findings
 * @param cell      A1 reference, empty when not tied to a cell
 * @param messageEn message in English
 * @param messageFr message in French
 */
public record DeclarationFinding(String severity, String rule, String sheet, String cell, String messageEn,
        String messageFr) implements java.io.Serializable {

    /** Checks that no component is null. */
    public DeclarationFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messageFr, "messageFr");
    }

    static DeclarationFinding of(Finding f) {
        return new DeclarationFinding(f.severity().id(), f.ruleId(), f.sheet(), f.cell(), f.messageEn(), f.messageFr());
    }

    /** The message in the page language (French for {@code fr}, English otherwise). */
    public String message(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? messageFr : messageEn;
    }
}
