package fr.vigie.app.supplier;

import java.util.Locale;
import java.util.Optional;

/** The RMI templates a campaign may ask for. */
public enum DeclarationTemplate {
    /** Conflict Minerals Reporting Template (tin, tantalum, tungsten, gold). */
    CMRT,
    /** Extended Minerals Reporting Template (cobalt, mica, copper, graphite, lithium, nickel). */
    EMRT,
    /** Additional Minerals Reporting Template. */
    AMRT,
    /** Cobalt Reporting Template. */
    CRT;

    /** The template of a name (any case); empty otherwise. */
    public static Optional<DeclarationTemplate> of(String name) {
        try {
            return Optional.of(valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
