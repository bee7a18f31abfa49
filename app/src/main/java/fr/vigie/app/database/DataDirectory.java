package fr.vigie.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory where Vigie keeps everything it writes: {@code postgres/} (embedded database files),
 * {@code logs/} and {@code vigie.lock}. Set by {@code vigie.data-dir} (environment variable
 * {@code VIGIE_DATA_DIR}), default {@code ~/.vigie}.
 *
 * @param path absolute, normalised path of the directory, which exists and is writable
 */
public record DataDirectory(Path path) {

    /** The property that names the data directory. */
    public static final String PROPERTY = "vigie.data-dir";

    /** Normalises the path; use {@link #open(Path)} to create and check the directory. */
    public DataDirectory {
        path = path.toAbsolutePath().normalize();
    }

    /**
     * Creates the directory if needed and checks that files can be written in it.
     *
     * @param path the directory
     * @return the data directory
     * @throws StartupFailureException when it cannot be created or written
     */
    static DataDirectory open(Path path) {
        DataDirectory directory = new DataDirectory(path);
        try {
            Files.createDirectories(directory.path());
            Files.delete(Files.createTempFile(directory.path(), ".write-check", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw notWritable(directory.path(), e);
        }
        return directory;
    }

    static StartupFailureException notWritable(Path path, Exception cause) {
        return new StartupFailureException(
                "data directory " + path + " is not writable: " + describe(cause),
                "give this user write access to it, or set VIGIE_DATA_DIR to a writable directory", cause);
    }

    private static String describe(Exception e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    /** A path inside the data directory. */
    public Path resolve(String relative) {
        return path.resolve(relative);
    }
}
