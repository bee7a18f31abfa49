package fr.vigie.app.account;

import java.security.SecureRandom;
import java.util.Base64;

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
 *   {@code vigie.admin.password}, or a random password logged once;</li>
 *   <li>in demo mode, the VIEWER {@value #DEMO_USERNAME} with password {@value #DEMO_PASSWORD};
 *   outside demo mode an existing demo user is disabled, since its password is public.</li>
 * </ul>
 */
@Component
class InitialAccounts implements SmartInitializingSingleton {

    static final String DEMO_USERNAME = "demo";
    static final String DEMO_PASSWORD = "demo";

    private static final Log logger = LogFactory.getLog(InitialAccounts.class);

    private final Accounts accounts;
    private final AccountProperties properties;
    private final DatabaseLocks locks;

    InitialAccounts(Accounts accounts, AccountProperties properties, DatabaseLocks locks) {
        this.accounts = accounts;
        this.properties = properties;
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
        switch (accounts.create(username, password, Role.ADMIN)) {
            case Accounts.CreateOutcome.Created created -> {
                if (generated) {
                    logger.warn("""

                            ********************************************************************
                            First start: created administrator '%s' with password: %s
                            This password is shown only once. Log in and keep it safe, or set
                            VIGIE_ADMIN_USERNAME and VIGIE_ADMIN_PASSWORD before the first start.
                            ********************************************************************"""
                            .formatted(created.account().username(), password));
                } else {
                    logger.info("First start: created administrator '%s' with the password from VIGIE_ADMIN_PASSWORD"
                            .formatted(created.account().username()));
                }
            }
            case Accounts.CreateOutcome.UsernameTaken taken -> throw new IllegalStateException(
                    "no enabled administrator exists and the user '" + taken.username()
                            + "' is not one: set VIGIE_ADMIN_USERNAME to a new name to create an administrator");
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

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
