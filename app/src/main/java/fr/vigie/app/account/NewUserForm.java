package fr.vigie.app.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The administrators' "new user" form.
 *
 * @param username lower-case login name
 * @param password checked by {@link PasswordPolicy}
 * @param role     the role to give
 */
record NewUserForm(
        @NotNull @Pattern(regexp = Accounts.USERNAME_PATTERN_TEXT, message = "{user.username.invalid}")
        @Nullable String username,
        @NotNull @Nullable String password,
        @NotNull(message = "{user.role.invalid}") @Nullable Role role) {

    static NewUserForm empty() {
        return new NewUserForm("", "", Role.VIEWER);
    }
}
