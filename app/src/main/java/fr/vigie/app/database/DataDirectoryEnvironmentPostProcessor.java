package fr.vigie.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code vigie.data-dir} once, before logging starts, to an absolute path (so that a value
 * such as {@code target/it/${random.uuid}} names one directory for the whole run) and prepares its
 * {@code logs/} sub-directory for the JSON log file. When that directory cannot be created, the log file
 * is switched off here and {@link DatabaseConfiguration} later reports the fault as one line: failing
 * this early would print a stack trace, since logging is not configured yet.
 */
class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "vigieDataDirectory";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(DataDirectory.PROPERTY);
        Path path = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".vigie")
                : Path.of(configured);
        DataDirectory directory = new DataDirectory(path);
        Map<String, Object> properties = new HashMap<>();
        properties.put(DataDirectory.PROPERTY, directory.path().toString());
        try {
            Path logs = Files.createDirectories(directory.resolve("logs"));
            if (!Files.isWritable(logs)) {
                properties.put("logging.file.name", "");
            }
        } catch (IOException | SecurityException e) {
            properties.put("logging.file.name", "");
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
    }
}
