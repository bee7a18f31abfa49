package fr.vigie.app.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user accounts stored in table {@code app_user}. Usernames are lower case
 * ({@value #USERNAME_PATTERN_TEXT}); passwords are stored hashed by the application's
 * {@link PasswordEncoder} (bcrypt).
 */
@Service
public class Accounts {

    /** What a username is made of (lower case letters, digits, dot, dash, underscore; 3 to 40). */
    public static final String USERNAME_PATTERN_TEXT = "[a-z0-9][a-z0-9._-]{2,39}";
    static final Pattern USERNAME_PATTERN = Pattern.compile(USERNAME_PATTERN_TEXT);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final SecurityEvents events;

    Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, SecurityEvents events) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** Outcome of {@link #create}. */
    public sealed interface CreateOutcome {
        /** The account was created. */
        record Created(UserAccount account) implements CreateOutcome {
        }

        /** An account with this username exists already; nothing was changed. */
        record UsernameTaken(String username) implements CreateOutcome {
        }
    }

    /**
     * Creates an enabled account.
     *
     * @param username    login name matching {@value #USERNAME_PATTERN_TEXT} (upper case is lowered)
     * @param rawPassword the password, at least one non-blank character; stored hashed
     * @param role        the role
     * @return {@code Created}, or {@code UsernameTaken} when the name is in use
     * @throws IllegalArgumentException when the username or password is not acceptable
     */
    @Transactional
    public CreateOutcome create(String username, String rawPassword, Role role) {
        String name = normalise(username);
        if (!USERNAME_PATTERN.matcher(name).matches()) {
            throw new IllegalArgumentException("username '" + username + "' must match " + USERNAME_PATTERN_TEXT);
        }
        if (rawPassword.isBlank()) {
            throw new IllegalArgumentException("the password of '" + name + "' is blank");
        }
        try {
            jdbc.sql("insert into app_user (username, password_hash, role) values (?, ?, ?)")
                    .params(name, passwordEncoder.encode(rawPassword), role.name())
                    .update();
        } catch (DuplicateKeyException e) {
            return new CreateOutcome.UsernameTaken(name);
        }
        events.record("user-created", Map.of("target.user.name", name, "target.user.role", role.name()));
        return new CreateOutcome.Created(find(name).orElseThrow());
    }

    /** The account with this username (case-insensitive), if any. */
    public Optional<UserAccount> find(String username) {
        return jdbc.sql("select username, role, enabled, created_at from app_user where username = ?")
                .param(normalise(username))
                .query(Accounts::account)
                .optional();
    }

    /** All accounts, sorted by username. */
    public List<UserAccount> all() {
        return jdbc.sql("select username, role, enabled, created_at from app_user order by username")
                .query(Accounts::account)
                .list();
    }

    /** Whether an enabled account with this role exists. */
    public boolean anyEnabledWithRole(Role role) {
        return jdbc.sql("select count(*) from app_user where role = ? and enabled")
                .param(role.name())
                .query(Integer.class)
                .single() > 0;
    }

    /** Sets the password, role and enabled flag of an existing account. */
    @Transactional
    void update(String username, String rawPassword, Role role, boolean enabled) {
        jdbc.sql("update app_user set password_hash = ?, role = ?, enabled = ? where username = ?")
                .params(passwordEncoder.encode(rawPassword), role.name(), enabled, normalise(username))
                .update();
        events.record("user-changed", Map.of("target.user.name", normalise(username), "target.user.role", role.name(),
                "target.user.enabled", enabled));
    }

    /**
     * Whether {@code rawPassword} is the password of the enabled account {@code username}, checked
     * by the same {@link PasswordEncoder} as the login.
     */
    boolean passwordMatches(String username, String rawPassword) {
        return credentials(username)
                .filter(Credentials::enabled)
                .map(c -> passwordEncoder.matches(rawPassword, c.passwordHash()))
                .orElse(false);
    }

    /**
     * Replaces the password of an existing account by its owner's choice (stored hashed) and records
     * the security event {@code password-changed}.
     *
     * @throws IllegalArgumentException when the password is blank or no such account exists
     */
    @Transactional
    void changePassword(String username, String rawPassword) {
        if (rawPassword.isBlank()) {
            throw new IllegalArgumentException("the new password of '" + normalise(username) + "' is blank");
        }
        int changed = jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(passwordEncoder.encode(rawPassword), normalise(username))
                .update();
        if (changed != 1) {
            throw new IllegalArgumentException("no user '" + normalise(username) + "'");
        }
        events.record("password-changed", Map.of("target.user.name", normalise(username)));
    }

    /** Enables or disables an existing account. */
    @Transactional
    void setEnabled(String username, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where username = ?").params(enabled, normalise(username)).update();
        events.record("user-changed", Map.of("target.user.name", normalise(username), "target.user.enabled", enabled));
    }

    /** Login data: username, password hash, role, enabled. */
    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select username, password_hash, role, enabled from app_user where username = ?")
                .param(normalise(username))
                .query((rs, row) -> new Credentials(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getBoolean(4)))
                .optional();
    }

    record Credentials(String username, String passwordHash, Role role, boolean enabled) {
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant());
    }
}
