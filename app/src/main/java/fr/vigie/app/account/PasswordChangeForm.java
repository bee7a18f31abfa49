package fr.vigie.app.account;

import org.jspecify.annotations.Nullable;

/**
 * The "change my password" form.
 *
 * @param currentPassword the password the user logs in with now
 * @param newPassword     the one to log in with from now on, checked by {@link PasswordPolicy}
 * @param confirmation    the new one typed again
 */
record PasswordChangeForm(@Nullable String currentPassword, @Nullable String newPassword,
        @Nullable String confirmation) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }
}
