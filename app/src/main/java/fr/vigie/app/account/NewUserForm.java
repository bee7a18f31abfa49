package fr.vigie.app.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The administrators' "new user" form.
 *
 * @param username lower-case login name
 * @param password at least {@value #MIN_PASSWORD_LENGTH} characters
 * @param role     the role to give
 */
record NewUserForm(
        @NotNull @Pattern(regexp = Accounts.USERNAME_PATTERN_TEXT, message = "{user.username.invalid}")
        @Nullable String username,
        @NotNull @Size(min = NewUserForm.MIN_PASSWORD_LENGTH, max = 200, message = "{user.password.invalid}")
        @Nullable String password,
        @NotNull(message = "{user.role.invalid}") @Nullable Role role) {

    static final int MIN_PASSWORD_LENGTH = 10;

    static NewUserForm empty() {
        return new NewUserForm("", "", Role.VIEWER);
    }
}
