package fr.vigie.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of the embedded server's {@code postgres} role, kept in {@code <data-dir>/db-password}
 * (owner-only access): 32 random bytes from {@link SecureRandom}, Base64url-encoded (43 characters).
 * Whoever can read that file can open the database; everyone else is refused.
 */
final class DatabasePassword {

    static final String FILE_NAME = "db-password";

    private static final int BYTES = 32;

    private DatabasePassword() {
    }

    /**
     * Reads the password from {@code file}, first restricting the file to its owner; when the file does
     * not exist and {@code mayCreate} (the database has no password yet), generates and stores a new one.
     *
     * @throws StartupFailureException when the file is missing although the database already has a
     *         password, or is empty
     */
    static String load(Path file, boolean mayCreate) throws IOException {
        if (Files.exists(file)) {
            OwnerOnlyFiles.restrict(file);
            String password = Files.readString(file).strip();
            if (password.isEmpty()) {
                throw new StartupFailureException("the embedded database password file " + file + " is empty",
                        "restore it from a backup of the data directory");
            }
            return password;
        }
        if (!mayCreate) {
            throw new StartupFailureException(
                    "the embedded database requires a password but its file " + file + " is missing",
                    "restore it from a backup of the data directory");
        }
        String password = generate();
        OwnerOnlyFiles.write(file, password + "\n");
        return password;
    }

    /** A new random password of URL-safe characters only (no quote, space or backslash). */
    static String generate() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
