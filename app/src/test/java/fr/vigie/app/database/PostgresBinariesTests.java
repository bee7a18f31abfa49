package fr.vigie.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PostgreSQL binaries are run from an owner-only directory under the data directory: a directory or
 * file there that another user can write, or that another user owns, stops the start (finding: binaries
 * unpacked in a world-writable {@code /tmp/vigie-postgres-<user>} could be replaced by any local user).
 */
class PostgresBinariesTests {

    @Test
    void createsTheDirectoryOwnerOnlyUnderTheDataDirectory(@TempDir Path temp) throws IOException {
        Path library = PostgresBinaries.prepare(DataDirectory.open(temp));

        Path binaries = temp.toAbsolutePath().resolve("postgres-binaries");
        assertThat(library).isEqualTo(binaries.resolve("unpacked"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(library))).isEqualTo("rwx------");
    }

    @Test
    void refusesAWorldWritableDirectory(@TempDir Path temp) throws IOException {
        Path binaries = Files.createDirectory(temp.resolve("postgres-binaries"));
        Files.setPosixFilePermissions(binaries, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> PostgresBinaries.prepare(DataDirectory.open(temp)))
                .isInstanceOf(StartupFailureException.class)
                .hasMessageContaining(binaries + " is writable by every user")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void refusesAReplaceableServerBinaryInside(@TempDir Path temp) throws IOException {
        Path binaries = PostgresBinaries.prepare(DataDirectory.open(temp)).getParent();
        Path postgres = Files.createDirectories(binaries.resolve("unpacked/PG-0123/bin")).resolve("postgres");
        Files.writeString(postgres, "#!/bin/sh\n");
        Files.setPosixFilePermissions(postgres, PosixFilePermissions.fromString("rwxrwxr-x"));

        assertThatThrownBy(() -> PostgresBinaries.verify(binaries))
                .isInstanceOf(StartupFailureException.class)
                .hasMessageContaining(postgres + " is writable by its group");
    }

    @Test
    void refusesADirectoryOwnedBySomeoneElse(@TempDir Path temp) throws IOException {
        Path binaries = Files.createDirectory(temp.resolve("postgres-binaries"));
        UserPrincipal nobody;
        try {
            nobody = temp.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(binaries, nobody);
        } catch (IOException e) {
            assumeTrue(false, "only root can give a directory to another user here: " + e.getMessage());
            return;
        }
        assumeTrue(Files.getOwner(binaries, LinkOption.NOFOLLOW_LINKS).equals(nobody));

        assertThatThrownBy(() -> PostgresBinaries.prepare(DataDirectory.open(temp)))
                .isInstanceOf(StartupFailureException.class)
                .hasMessageContaining(binaries + " is owned by nobody");
    }

    @Test
    void closesTheWorkingDirectoryTheLibraryOpenedUnderTheOwnerOnlyOne(@TempDir Path temp) throws IOException {
        Path library = PostgresBinaries.prepare(DataDirectory.open(temp));
        Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rwxrwxrwx")); // as the library leaves it

        PostgresBinaries.prepare(DataDirectory.open(temp));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(library))).isEqualTo("rwx------");
    }

    @Test
    void tightensAReadableButSafeDirectory(@TempDir Path temp) throws IOException {
        Path binaries = Files.createDirectory(temp.resolve("postgres-binaries"));
        Files.setPosixFilePermissions(binaries, PosixFilePermissions.fromString("rwxr-xr-x"));

        PostgresBinaries.prepare(DataDirectory.open(temp));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries))).isEqualTo("rwx------");
    }
}
