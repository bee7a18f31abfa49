package fr.vigie.app.database;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import fr.vigie.app.TestApplications;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code spring.datasource.url} set, Vigie uses that PostgreSQL and starts no embedded one. */
class ExternalDatabaseIntegrationTests {

    @Test
    void externalDatabaseIsMigratedAndUsed() throws Exception {
        Path external = TestApplications.newDataDirectory("external-server");
        Path dataDirectory = TestApplications.newDataDirectory("external-app");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(external).start()) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres";

            try (ConfigurableApplicationContext app = TestApplications.start(dataDirectory,
                    "--spring.datasource.url=" + url, "--spring.datasource.username=postgres")) {
                assertThat(app.getBean(HikariDataSource.class).getJdbcUrl()).isEqualTo(url);
                assertThat(app.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
                assertThat(dataDirectory.resolve("postgres")).doesNotExist();
                assertThat(JdbcClient.create(server.getPostgresDatabase())
                        .sql("select count(*) from app_user where role = 'ADMIN'")
                        .query(Integer.class).single()).isEqualTo(1);
            }
        }
    }
}
