package fr.vigie.app.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirectoryLockTests {

    @Test
    void secondLockOnTheSameDirectoryIsRefusedUntilTheFirstIsReleased(@TempDir Path temp) {
        DataDirectory directory = DataDirectory.open(temp);

        try (DataDirectoryLock first = DataDirectoryLock.acquire(directory)) {
            assertThat(first).isNotNull();
            assertThatThrownBy(() -> DataDirectoryLock.acquire(directory))
                    .isInstanceOf(StartupFailureException.class)
                    .hasMessage("another Vigie is running with data directory " + directory.path()
                            + " (stop it or set VIGIE_DATA_DIR to another directory)");
        }
        try (DataDirectoryLock again = DataDirectoryLock.acquire(directory)) {
            assertThat(directory.resolve(DataDirectoryLock.FILE_NAME)).exists();
        }
    }

    @Test
    void locksOnDifferentDirectoriesAreIndependent(@TempDir Path temp) {
        try (DataDirectoryLock a = DataDirectoryLock.acquire(DataDirectory.open(temp.resolve("a")));
             DataDirectoryLock b = DataDirectoryLock.acquire(DataDirectory.open(temp.resolve("b")))) {
            assertThat(a).isNotSameAs(b);
        }
    }
}
