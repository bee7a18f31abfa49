package fr.vigie.app.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of NIST SP 800-63B-4 ("Digital Identity Guidelines: Authentication and
 * Authenticator Management", August 2025, section 3.1.1.2, https://doi.org/10.6028/NIST.SP.800-63B-4)
 * for passwords used as the only factor:
 * <ul>
 *   <li>at least {@value #MIN_LENGTH} characters, counted as Unicode code points after NFKC
 *       normalisation; at most {@value #MAX_LENGTH} (the guideline asks to accept at least 64);
 *       spaces and every printable character are allowed;</li>
 *   <li>not blank (only spaces), and not a commonly used password: the list shipped as
 *       {@code account/common-passwords.txt.gz} is the 20,000 most common passwords (lower-cased and
 *       deduplicated) compiled by Royce Williams
 *       (https://gist.github.com/roycewilliams/281ce539915a947a23db17137d91aeb7), as distributed with
 *       Django ({@code django/contrib/auth/common-passwords.txt.gz}, BSD-3-Clause licence);</li>
 *   <li>not built from the context: the username or the name of the service;</li>
 *   <li>no composition rules (no required digits, capitals or symbols), as the guideline says.</li>
 * </ul>
 */
@Component
public class PasswordPolicy {

    /** Fewest characters (code points) of a password. */
    public static final int MIN_LENGTH = 15;
    /** Most characters (code points) of a password. */
    public static final int MAX_LENGTH = 128;

    static final String COMMON_PASSWORDS = "account/common-passwords.txt.gz";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Outcome of {@link #check}. */
    public sealed interface Outcome {
        /** The password follows the rules. */
        record Accepted() implements Outcome {
        }

        /**
         * The password breaks a rule.
         *
         * @param code message key of the reason ({@code user.password.blank}, {@code .tooShort},
         *             {@code .tooLong}, {@code .common}, {@code .context})
         * @param args its arguments
         */
        record Refused(String code, List<Object> args) implements Outcome {
            public Refused {
                args = List.copyOf(args);
            }
        }
    }

    /** Checks the password a user with this name would get. */
    public Outcome check(String username, String password) {
        if (password.isBlank()) {
            return new Outcome.Refused("user.password.blank", List.of());
        }
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return new Outcome.Refused("user.password.tooShort", List.of(MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return new Outcome.Refused("user.password.tooLong", List.of(MAX_LENGTH));
        }
        String lower = normalised.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.strip())) {
            return new Outcome.Refused("user.password.common", List.of());
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        String letters = lower.replaceAll("[^\\p{L}\\p{N}]", "");
        String withoutName = name.isEmpty() ? letters : letters.replace(name.replaceAll("[^\\p{L}\\p{N}]", ""), "");
        if (withoutName.length() < MIN_LENGTH / 2 || letters.matches("(vigie)+[0-9]*") || repeated(letters)) {
            return new Outcome.Refused("user.password.context", List.of());
        }
        return new Outcome.Accepted();
    }

    /** A single character or short group repeated over the whole password ({@code aaaaaaaaaaaaaaa}, {@code abcabc...}). */
    private static boolean repeated(String text) {
        return text.length() >= 2 && text.matches("(.{1,4})\\1+");
    }

    /** Number of passwords in the common-password list (for tests and docs). */
    int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>(32_000);
        try (InputStream in = new GZIPInputStream(new ClassPathResource(COMMON_PASSWORDS).getInputStream());
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
        }
        return Set.copyOf(out);
    }
}
