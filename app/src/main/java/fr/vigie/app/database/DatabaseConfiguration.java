package fr.vigie.app.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The application's {@link javax.sql.DataSource}: the embedded PostgreSQL when
 * {@code spring.datasource.url} is not set, else the external database it names, checked once at
 * startup so that an unreachable database is reported as one line. Spring Boot's own DataSource
 * auto-configuration backs off; Flyway migrates whichever one is used.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    static final String URL_PROPERTY = "spring.datasource.url";

    @Bean
    DataDirectory dataDirectory(@Value("${" + DataDirectory.PROPERTY + "}") Path path) {
        return DataDirectory.open(path);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedCondition.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedDatabase embeddedDatabase(DataDirectory dataDirectory) {
            return EmbeddedDatabase.start(dataDirectory);
        }

        /** Stopped before the database (it depends on it). */
        @Bean(destroyMethod = "close")
        DatabaseWatchdog databaseWatchdog(EmbeddedDatabase database,
                @Value("${vigie.database.watchdog-interval:5s}") java.time.Duration interval) {
            return new DatabaseWatchdog(database, interval);
        }

        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(EmbeddedDatabase database) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(database.jdbcUrl());
            dataSource.setUsername(EmbeddedDatabase.USER);
            dataSource.setPassword(database.password());
            dataSource.setPoolName("vigie");
            return dataSource;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(ExternalCondition.class)
    static class External {

        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(DataSourceProperties properties) {
            checkReachable(properties.determineUrl(), properties.determineUsername(), properties.determinePassword());
            return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }
    }

    /**
     * Opens and closes one connection, outside the pool (whose own errors are verbose).
     *
     * @throws StartupFailureException naming the URL (without password) and the variables to fix
     */
    static void checkReachable(String url, @Nullable String username,
            @Nullable String password) {
        Properties info = new Properties();
        if (username != null) {
            info.setProperty("user", username);
        }
        if (password != null) {
            info.setProperty("password", password);
        }
        info.setProperty("connectTimeout", "10");
        try (Connection connection = DriverManager.getConnection(url, info)) {
            connection.isValid(10);
        } catch (SQLException e) {
            throw new StartupFailureException(
                    "cannot connect to the database " + withoutPassword(url) + ": " + firstLine(e.getMessage()),
                    "check that it is running and reachable, and check SPRING_DATASOURCE_URL, "
                            + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD; unset SPRING_DATASOURCE_URL "
                            + "to use the embedded database",
                    e);
        }
    }

    /** The JDBC URL with any password parameter or user-info secret masked. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@:]*):[^/@]*@", "//$1:***@");
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    static final class EmbeddedCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty(URL_PROPERTY));
        }
    }

    static final class ExternalCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(URL_PROPERTY));
        }
    }
}
