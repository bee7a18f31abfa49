package fr.vigie.app.supplier;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import fr.vigie.app.shell.UserText;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import org.jspecify.annotations.Nullable;

/**
 * A supplier as typed in the form or sent to the API, and its check: a name of 1 to 200 characters,
 * a country the reference data knows (ISO code, or a name in English or French), an e-mail address,
 * a language ({@code fr}, {@code en}), templates among CMRT, EMRT, AMRT, CRT.
 */
public record SupplierInput(@Nullable String name, @Nullable String country, @Nullable String email,
        @Nullable String language, @Nullable List<String> templates) implements java.io.Serializable {

    static final int NAME_MAX = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>,;]+@[^@\\s\"<>,;]+\\.[^@\\s\"<>,;]+");

    /** One refused field: its name and the message key saying why. */
    public record Invalid(String field, String key) implements java.io.Serializable {
    }

    /** A checked supplier, ready to store. */
    record Valid(String name, String country, String email, SupplierLanguage language,
            Set<DeclarationTemplate> templates) {
    }

    /** The checked supplier, or the refused fields. */
    sealed interface Checked {
    }

    record Accepted(Valid supplier) implements Checked {
    }

    record Refused(List<Invalid> errors) implements Checked {
    }

    Checked check(Countries countries) {
        List<Invalid> errors = new ArrayList<>();
        String n = name == null ? "" : UserText.displayable(name).strip();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            errors.add(new Invalid("name", "supplier.error.name"));
        }
        Optional<Country> c = country == null || country.isBlank() ? Optional.empty() : countries.find(country.strip());
        if (c.isEmpty()) {
            errors.add(new Invalid("country", "supplier.error.country"));
        }
        String e = email == null ? "" : email.strip();
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            errors.add(new Invalid("email", "supplier.error.email"));
        }
        Optional<SupplierLanguage> l = SupplierLanguage.of(language);
        if (l.isEmpty()) {
            errors.add(new Invalid("language", "supplier.error.language"));
        }
        Set<DeclarationTemplate> t = EnumSet.noneOf(DeclarationTemplate.class);
        for (String given : templates == null ? List.<String>of() : templates) {
            Optional<DeclarationTemplate> template = DeclarationTemplate.of(given);
            if (template.isEmpty()) {
                errors.add(new Invalid("templates", "supplier.error.templates"));
                break;
            }
            t.add(template.get());
        }
        if (!errors.isEmpty()) {
            return new Refused(List.copyOf(errors));
        }
        return new Accepted(new Valid(n, c.orElseThrow().alpha2().toUpperCase(Locale.ROOT), e, l.orElseThrow(), t));
    }
}
