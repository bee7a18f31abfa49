package fr.vigie.app.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A user as shown to administrators (never the password hash).
 *
 * @param username  lower-case login name
 * @param role      the user's role
 * @param enabled   whether the user may log in
 * @param createdAt when the account was created
 */
public record UserAccount(String username, Role role, boolean enabled, Instant createdAt) {

    /** Checks that no component is null. */
    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
