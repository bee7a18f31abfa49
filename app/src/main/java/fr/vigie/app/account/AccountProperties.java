package fr.vigie.app.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Account settings.
 *
 * @param admin the first administrator, created when no enabled ADMIN exists
 * @param demo  demo mode
 */
@ConfigurationProperties("vigie")
@Validated
record AccountProperties(@DefaultValue @Valid Admin admin, @DefaultValue Demo demo) {

    /**
     * @param username name of the first administrator (env {@code VIGIE_ADMIN_USERNAME}, default {@code admin})
     * @param password its password (env {@code VIGIE_ADMIN_PASSWORD}); when blank a random one is logged once
     */
    record Admin(
            @DefaultValue("admin")
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,39}",
                    message = "must be 3 to 40 letters, digits, dots, dashes or underscores (set VIGIE_ADMIN_USERNAME)")
            String username,
            @Nullable String password) {
    }

    /** @param enabled whether the read-only demo user exists (env {@code VIGIE_DEMO}) */
    record Demo(boolean enabled) {
    }
}
