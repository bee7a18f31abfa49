package fr.vigie.app.account;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import fr.vigie.app.TestApplications;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The session row is written when something changed or its access time is a minute old, not at each request. */
class SessionWritesIntegrationTests {

    @Test
    void aRequestWithinAMinuteOfTheStoredAccessTimeWritesNothingALaterOneOrAChangeDoes() throws Exception {
        Path dataDirectory = TestApplications.newDataDirectory("session-writes");
        try (ConfigurableApplicationContext app = TestApplications.start(dataDirectory)) {
            @SuppressWarnings("unchecked") // its session type is not public
            SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>) app.getBean(
                    JdbcIndexedSessionRepository.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS); // a session older than its timeout would not be found

            Session created = sessions.createSession();
            created.setLastAccessedTime(start);
            sessions.save(created);
            String id = created.getId();
            assertThat(storedAccess(jdbc, id)).isEqualTo(start.toEpochMilli());

            // 59.999 s later: the stored time (and the expiry computed from it) stays
            touch(sessions, id, start.plusMillis(59_999));
            assertThat(storedAccess(jdbc, id)).isEqualTo(start.toEpochMilli());

            // 60 s after the stored time: written, with the expiry 30 minutes (the default timeout) later
            Instant minuteLater = start.plusSeconds(60);
            touch(sessions, id, minuteLater);
            assertThat(storedAccess(jdbc, id)).isEqualTo(minuteLater.toEpochMilli());
            assertThat(jdbc.queryForObject("select expiry_time from spring_session where session_id = ?", Long.class, id))
                    .isEqualTo(minuteLater.plus(Duration.ofMinutes(30)).toEpochMilli());

            // a new timeout 1 s later is written at once, access time included
            Session found = sessions.findById(id);
            found.setLastAccessedTime(minuteLater.plusSeconds(1));
            found.setMaxInactiveInterval(Duration.ofMinutes(10));
            sessions.save(found);
            assertThat(storedAccess(jdbc, id)).isEqualTo(minuteLater.plusSeconds(1).toEpochMilli());
            assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
                    Integer.class, id)).isEqualTo(600);

            // attributes are written whatever the access time
            Session again = sessions.findById(id);
            again.setLastAccessedTime(minuteLater.plusSeconds(2));
            again.setAttribute("flag", "on");
            sessions.save(again);
            assertThat(sessions.findById(id).<String>getAttribute("flag")).isEqualTo("on");
            assertThat(storedAccess(jdbc, id)).isEqualTo(minuteLater.plusSeconds(1).toEpochMilli());
        }
    }

    private static void touch(SessionRepository<Session> sessions, String id, Instant at) {
        Session session = sessions.findById(id);
        session.setLastAccessedTime(at);
        sessions.save(session);
    }

    private static long storedAccess(JdbcTemplate jdbc, String id) {
        return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id);
    }
}
