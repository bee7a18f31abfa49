package fr.vigie.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import fr.vigie.app.TestApplications;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The watchdog's own rounds (here every second) start the embedded PostgreSQL again after its
 * process is killed, and the application reads its data again without being restarted.
 */
class DatabaseWatchdogIntegrationTests {

    @Test
    void theWatchdogRestartsAKilledServerByItself() throws Exception {
        try (ConfigurableApplicationContext app = TestApplications.start(
                TestApplications.newDataDirectory("watchdog"), "--vigie.database.watchdog-interval=1s")) {
            EmbeddedDatabase database = app.getBean(EmbeddedDatabase.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            ProcessHandle killed = database.process();

            killed.destroyForcibly();
            killed.onExit().get(30, TimeUnit.SECONDS);

            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            Integer admins = null;
            while (admins == null && System.nanoTime() < deadline) {
                try {
                    admins = jdbc.sql("select count(*) from app_user where role = 'ADMIN'").query(Integer.class).single();
                } catch (RuntimeException stillDown) {
                    assertThat(DatabaseUnavailable.isCause(stillDown)).as(stillDown.toString()).isTrue();
                    Thread.sleep(500);
                }
            }
            assertThat(admins).as("data read again after the restart").isEqualTo(1);
            // the server answers as soon as it is up; the watchdog records the new process just after
            while (!database.running() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(database.running()).isTrue();
            assertThat(database.process().pid()).isNotEqualTo(killed.pid());
        }
    }
}
