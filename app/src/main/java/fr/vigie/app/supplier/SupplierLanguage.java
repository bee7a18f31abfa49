package fr.vigie.app.supplier;

import java.util.Locale;
import java.util.Optional;

/** The language a supplier reads its e-mails and the portal in. */
public enum SupplierLanguage {
    /** French. */
    FR(Locale.FRENCH),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    SupplierLanguage(Locale locale) {
        this.locale = locale;
    }

    /** The locale of the message bundles. */
    public Locale locale() {
        return locale;
    }

    /** The code stored and sent in the API: {@code fr} or {@code en}. */
    public String code() {
        return locale.getLanguage();
    }

    /** The language of a code ({@code fr}, {@code en}, any case); empty otherwise. */
    public static Optional<SupplierLanguage> of(String code) {
        for (SupplierLanguage l : values()) {
            if (l.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
