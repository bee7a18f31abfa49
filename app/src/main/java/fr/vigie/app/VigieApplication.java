package fr.vigie.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Entry point of the Vigie web application ({@code bin/vigie serve}).
 *
 * <p>Each direct sub-package is a Spring Modulith application module: {@code database} (embedded or
 * external PostgreSQL, data directory, startup diagnostics), {@code account} (users, roles, security)
 * and {@code shell} (layout, navigation, languages, dashboard).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Vigie")
public class VigieApplication {

    /**
     * Starts the application; command-line arguments are Spring Boot properties ({@code --server.port=8081}).
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(VigieApplication.class, args);
    }
}
