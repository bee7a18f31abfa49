package fr.vigie.app.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import fr.vigie.app.database.DataDirectory;
import fr.vigie.app.database.DatabaseLocks;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Accounts that exist without anyone creating them, set up once the schema is migrated and before the
 * web server accepts requests:
 * <ul>
 *   <li>the first administrator, when no enabled ADMIN exists: {@code vigie.admin.username} with
 *   {@code vigie.admin.password}, or a random password written to the owner-only file
 *   {@value #PASSWORD_FILE} of the data directory (mode 600; never to the log, whose files other
 *   users may read and which rotation keeps); the log says where the file is;</li>
 *   <li>in demo mode, the VIEWER {@value #DEMO_USERNAME} with password {@value #DEMO_PASSWORD};
 *   outside demo mode an existing demo user is disabled, since its password is public.</li>
 * </ul>
 */
@Component
class InitialAccounts implements SmartInitializingSingleton {

    static final String DEMO_USERNAME = "demo";
    static final String DEMO_PASSWORD = "demo";
    /** The file of the data directory that receives a generated first administrator password. */
    static final String PASSWORD_FILE = "initial-admin-password.txt";

    private static final Log logger = LogFactory.getLog(InitialAccounts.class);

    private final Accounts accounts;
    private final AccountProperties properties;
    private final DataDirectory dataDirectory;
    private final PasswordPolicy passwordPolicy;
    private final DatabaseLocks locks;

    InitialAccounts(Accounts accounts, AccountProperties properties, DataDirectory dataDirectory,
            PasswordPolicy passwordPolicy, DatabaseLocks locks) {
        this.accounts = accounts;
        this.properties = properties;
        this.dataDirectory = dataDirectory;
        this.passwordPolicy = passwordPolicy;
        this.locks = locks;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // instances starting together on one database: one creates the accounts, the others then see them
        locks.callExclusively(DatabaseLocks.FIRST_START, () -> {
            createFirstAdmin();
            applyDemoMode();
            return null;
        });
    }

    private void createFirstAdmin() {
        if (accounts.anyEnabledWithRole(Role.ADMIN)) {
            return;
        }
        String username = properties.admin().username();
        String configured = properties.admin().password();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? randomPassword() : configured;
        // the file first: an administrator whose generated password was lost would lock everyone out
        Path file = generated ? writePasswordFile(Accounts.normalise(username), password) : dataDirectory.path();
        switch (accounts.create(username, password, Role.ADMIN)) {
            case Accounts.CreateOutcome.Created created -> {
                if (generated) {
                    logger.warn(framed(
                            "First start: administrator account created",
                            "username: " + created.account().username(),
                            "password: in " + file,
                            "          (readable by this user only: cat '" + file + "')",
                            "Log in, change the password if you like, then delete the file.",
                            "Or set VIGIE_ADMIN_USERNAME and VIGIE_ADMIN_PASSWORD before the first start."));
                } else {
                    logger.info("First start: created administrator '%s' with the password from VIGIE_ADMIN_PASSWORD"
                            .formatted(created.account().username()));
                    if (passwordPolicy.check(username, password) instanceof PasswordPolicy.Outcome.Refused refused) {
                        logger.warn("VIGIE_ADMIN_PASSWORD does not follow the password policy (" + refused.code()
                                + "); see docs/security.md for the rules");
                    }
                }
            }
            case Accounts.CreateOutcome.UsernameTaken taken -> {
                if (generated) {
                    deleteQuietly(file);
                }
                throw new IllegalStateException(
                    "no enabled administrator exists and the user '" + taken.username()
                            + "' is not one: set VIGIE_ADMIN_USERNAME to a new name to create an administrator");
            }
        }
    }

    /**
     * Lines in a frame of their own, easy to find among the start-up lines. The generated password
     * itself stays out of the log (whose files other users may read and which rotation keeps): the
     * frame names its file.
     */
    static String framed(String... lines) {
        int width = java.util.Arrays.stream(lines).mapToInt(String::length).max().orElse(0);
        String rule = "+" + "-".repeat(width + 2) + "+";
        StringBuilder text = new StringBuilder(System.lineSeparator()).append(rule).append(System.lineSeparator());
        for (String line : lines) {
            text.append("| ").append(line).append(" ".repeat(width - line.length())).append(" |")
                    .append(System.lineSeparator());
        }
        return text.append(rule).toString();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            logger.warn("cannot delete " + file + ": " + e.getMessage());
        }
    }

    private void applyDemoMode() {
        boolean exists = accounts.find(DEMO_USERNAME).isPresent();
        if (properties.demo().enabled()) {
            if (exists) {
                accounts.update(DEMO_USERNAME, DEMO_PASSWORD, Role.VIEWER, true);
            } else {
                accounts.create(DEMO_USERNAME, DEMO_PASSWORD, Role.VIEWER);
            }
            logger.info("Demo mode: read-only user '%s', password '%s' (turn off with VIGIE_DEMO=false)"
                    .formatted(DEMO_USERNAME, DEMO_PASSWORD));
        } else if (exists) {
            accounts.setEnabled(DEMO_USERNAME, false);
        }
    }

    /** Writes the password to a new owner-only file (created with mode 600, so never readable by others). */
    private Path writePasswordFile(String username, String password) {
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        String content = "Vigie first administrator (created at first start; delete this file once you have logged in)\n"
                + "username: " + username + "\npassword: " + password + "\n";
        try {
            Files.deleteIfExists(file);
            boolean posix = Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null;
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
                file.toFile().setWritable(false, false);
                file.toFile().setWritable(true, true);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            if (posix && !Files.getPosixFilePermissions(file).equals(Set.copyOf(
                    PosixFilePermissions.fromString("rw-------")))) {
                throw new IOException("cannot make " + file + " readable by its owner only");
            }
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("someone else created " + file + " at the same time", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first administrator password to " + file, e);
        }
        return file;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
