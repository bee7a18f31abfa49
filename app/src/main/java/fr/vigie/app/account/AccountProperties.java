package fr.vigie.app.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings.
 *
 * @param admin the first administrator, created when no enabled ADMIN exists
 * @param demo  demo mode
 */
@ConfigurationProperties("vigie")
record AccountProperties(@DefaultValue Admin admin, @DefaultValue Demo demo) {

    /**
     * @param username name of the first administrator (env {@code VIGIE_ADMIN_USERNAME}, default {@code admin})
     * @param password its password (env {@code VIGIE_ADMIN_PASSWORD}); when blank a random one is logged once
     */
    record Admin(@DefaultValue("admin") String username, @Nullable String password) {
    }

    /** @param enabled whether the read-only demo user exists (env {@code VIGIE_DEMO}) */
    record Demo(boolean enabled) {
    }
}
