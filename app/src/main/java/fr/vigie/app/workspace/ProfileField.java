package fr.vigie.app.workspace;

import java.util.List;

/**
 * One field of the company profile form, named by its key in the profile file
 * (docs/company-profile.md) and edited as text.
 *
 * @param key     the profile file key, e.g. {@code turnover_eur}
 * @param kind    how the text is written into the profile file
 * @param choices the values a {@link Kind#CHOICE} field offers (ids of the profile file), else empty
 */
public record ProfileField(String key, Kind kind, List<String> choices) {

    /** A field without choices. */
    public ProfileField(String key, Kind kind) {
        this(key, kind, List.of());
    }

    /** How a field's text maps to YAML. */
    public enum Kind {
        /** Free text, quoted. */
        TEXT,
        /** A number; written as is so that the reader reports a non-number. */
        NUMBER,
        /** Unknown (empty), yes or no. */
        BOOLEAN,
        /** One of a few ids ({@link #choices}), or empty for the default. */
        CHOICE,
        /** Comma-separated values. */
        LIST,
        /** Comma-separated {@code KEY: number} pairs (headcounts). */
        COUNTS,
        /** A YAML block (the EU imports list). */
        YAML
    }

    /** The form's fields, in the order of the documentation. */
    public static final List<ProfileField> ALL = List.of(
            new ProfileField("name", Kind.TEXT),
            new ProfileField("headquarters", Kind.TEXT),
            new ProfileField("employees", Kind.COUNTS),
            new ProfileField("employees_previous_year", Kind.COUNTS),
            new ProfileField("turnover_eur", Kind.NUMBER),
            new ProfileField("eu_turnover_eur", Kind.NUMBER),
            new ProfileField("balance_sheet_eur", Kind.NUMBER),
            new ProfileField("turnover_gbp", Kind.NUMBER),
            new ProfileField("uk_business", Kind.BOOLEAN),
            new ProfileField("imports_into_us", Kind.BOOLEAN),
            new ProfileField("sec_issuer", Kind.BOOLEAN),
            new ProfileField("places_batteries_on_eu_market", Kind.BOOLEAN),
            new ProfileField("places_products_on_eu_market", Kind.BOOLEAN),
            new ProfileField("manufactures_strategic_technologies", Kind.BOOLEAN),
            new ProfileField("eu_imports", Kind.YAML),
            new ProfileField("sectors", Kind.LIST),
            new ProfileField("materials_used", Kind.LIST),
            new ProfileField("practices_in_place", Kind.LIST),
            new ProfileField("position", Kind.CHOICE,
                    List.of("downstream_manufacturer", "trader_importer", "refiner_smelter", "mine_operator")));

    /** The HTML id of the field's input. */
    public String inputId() {
        return "profile-" + key.replace('_', '-');
    }
}
