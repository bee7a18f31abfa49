package fr.vigie.app.account;

import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spares the database a write per request: Spring Session records the time of every request in the
 * session's row ({@code last_access_time}, {@code expiry_time}), an UPDATE and its commit for each page
 * read. The update query is replaced by one that writes only when something else changed (session id,
 * user, timeout) or when the stored access time is {@value #TOUCH_INTERVAL_MS} ms old or more, with the
 * same parameters in the same order. A session may thus expire up to a minute before its timeout is
 * reached (30 minutes by default); changed session attributes are written as before (separate queries).
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

    /** How old the stored access time must be before a request writes it again. */
    static final long TOUCH_INTERVAL_MS = 60_000;

    /** Spring Session's update query's parameters (session id, access time, timeout, expiry, user, key) bound once in a row. */
    static final String UPDATE_SESSION_QUERY = """
            UPDATE %TABLE_NAME% S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL,
                EXPIRY_TIME = V.EXPIRY_TIME, PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME, CAST(? AS INT) AS MAX_INACTIVE_INTERVAL,
                         CAST(? AS BIGINT) AS EXPIRY_TIME, CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                   OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= TOUCH_INTERVAL_MS)
            """.replace("TOUCH_INTERVAL_MS", Long.toString(TOUCH_INTERVAL_MS));

    /**
     * Set once the repository is built (after Spring Boot's customizer, whose table name setting
     * would reset the queries).
     */
    SessionWrites(JdbcIndexedSessionRepository sessions) {
        sessions.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
    }
}
