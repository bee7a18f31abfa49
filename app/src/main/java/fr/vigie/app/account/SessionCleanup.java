package fr.vigie.app.account;

import fr.vigie.app.database.DatabaseLocks;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Removes expired HTTP sessions from the database once a minute, on one instance at a time: each
 * instance tries the {@link DatabaseLocks#SESSION_CLEANUP} lock and skips the round when another
 * holds it. (Spring Session's own per-instance clean-up is off: {@code spring.session.jdbc.cleanup-cron=-}.)
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SessionCleanup {

    private static final Log logger = LogFactory.getLog(SessionCleanup.class);

    private final JdbcIndexedSessionRepository sessions;
    private final DatabaseLocks locks;

    SessionCleanup(JdbcIndexedSessionRepository sessions, DatabaseLocks locks) {
        this.sessions = sessions;
        this.locks = locks;
    }

    @Scheduled(cron = "${vigie.sessions.cleanup-cron:30 * * * * *}")
    void removeExpiredSessions() {
        try {
            if (!locks.runIfFree(DatabaseLocks.SESSION_CLEANUP, sessions::cleanUpExpiredSessions)) {
                logger.debug("Expired sessions: another instance is removing them");
            }
        } catch (RuntimeException e) {
            // the database may be down for a while: the next round tries again
            logger.warn("Expired sessions not removed this round: " + e.getMessage());
        }
    }

    /** One round now (tests). */
    boolean runOnce() {
        return locks.runIfFree(DatabaseLocks.SESSION_CLEANUP, sessions::cleanUpExpiredSessions);
    }
}
