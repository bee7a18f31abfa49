package fr.vigie.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Starts whole Vigie applications for tests that need several, or a restart, on chosen data directories. */
public final class TestApplications {

    private TestApplications() {
    }

    /** A new, not yet existing data directory under {@code target/it-data/}. */
    public static Path newDataDirectory(String name) {
        return Path.of("target", "it-data", name + "-" + UUID.randomUUID()).toAbsolutePath();
    }

    /**
     * Runs the application on a free port with the given data directory, demo mode off unless
     * overridden, and extra command-line properties ({@code --key=value}).
     */
    public static ConfigurableApplicationContext start(Path dataDirectory, String... properties) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("--server.port", "0");
        args.put("--vigie.data-dir", dataDirectory.toString());
        args.put("--vigie.demo.enabled", "false");
        args.put("--vigie.admin.password", "test-admin-password");
        for (String property : properties) {
            int equals = property.indexOf('=');
            args.put(property.substring(0, equals), property.substring(equals + 1));
        }
        return new SpringApplicationBuilder(VigieApplication.class).run(args.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
    }

    /** MockMvc with Spring Security over a running application. */
    public static MockMvc mockMvc(ConfigurableApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }
}
