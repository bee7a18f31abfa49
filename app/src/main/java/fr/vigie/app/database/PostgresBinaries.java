package fr.vigie.app.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * Where the PostgreSQL binaries are unpacked: {@code <data-dir>/postgres-binaries}, mode {@code 0700},
 * owned by the user running Vigie. The library unpacks each archive once and runs whatever it finds
 * there later, so a directory that another user can write would let that user run code as Vigie's
 * user (which is why the former place, {@code /tmp/vigie-postgres-<user>}, is no longer used).
 *
 * <p>{@link #prepare(DataDirectory)} creates the directory owner-only, then checks it and everything
 * below it (without following links): a file or directory owned by another user, or writable by the
 * group or by others, stops the start with one line naming it.
 */
final class PostgresBinaries {

    static final String DIRECTORY_NAME = "postgres-binaries";

    /**
     * The library's working directory inside: it unpacks each archive there and makes that directory
     * writable by all (for test machines shared by several users); the owner-only parent keeps everyone
     * else out, and each start closes it again before checking.
     */
    static final String LIBRARY_DIRECTORY_NAME = "unpacked";

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private PostgresBinaries() {
    }

    /**
     * The library's archive of the current major, as a resolver of its own per directory: the library
     * remembers, per resolver, where it unpacked last and reuses that place, which would otherwise be
     * another data directory's.
     */
    record Archive(Path library, PgBinaryResolver archives) implements PgBinaryResolver {

        static Archive current(Path library) {
            return new Archive(library, DefaultPostgresBinaryResolver.INSTANCE);
        }

        @Override
        public InputStream getPgBinary(String system, String architecture) throws IOException {
            return archives.getPgBinary(system, architecture);
        }
    }

    /**
     * Creates (mode 0700) or checks the binaries directory of {@code directory}.
     *
     * @return the checked directory the library unpacks the archives in, {@value #LIBRARY_DIRECTORY_NAME} inside it
     * @throws StartupFailureException when it or anything in it is owned by another user or writable by others
     */
    static Path prepare(DataDirectory directory) {
        Path binaries = directory.resolve(DIRECTORY_NAME);
        Path library = binaries.resolve(LIBRARY_DIRECTORY_NAME);
        try {
            if (!isPosix(binaries)) {
                return Files.createDirectories(library); // no owner or mode bits to check
            }
            if (!Files.exists(binaries, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(binaries, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.setPosixFilePermissions(binaries, OWNER_ONLY); // the umask may have removed bits
            }
            checkTop(binaries);
            if (!Files.exists(library, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(library, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            if (Files.isDirectory(library, LinkOption.NOFOLLOW_LINKS)
                    && Files.getOwner(library, LinkOption.NOFOLLOW_LINKS).equals(currentUser(binaries))) {
                Files.setPosixFilePermissions(library, OWNER_ONLY); // opened by the library's last start
            }
            verify(binaries);
            return library;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + binaries + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes back the write access for all that the library gives its working directory {@code library}
     * on each start (harmless under the owner-only parent, but not left so).
     */
    static void close(Path library) {
        try {
            if (isPosix(library) && Files.isDirectory(library, LinkOption.NOFOLLOW_LINKS)) {
                Files.setPosixFilePermissions(library, OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict " + library + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks {@code binaries} and all it holds.
     *
     * @throws StartupFailureException on the first unsafe entry found
     */
    static void verify(Path binaries) throws IOException {
        checkTop(binaries);
        UserPrincipal me = currentUser(binaries);
        try (Stream<Path> entries = Files.walk(binaries)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                PosixFileAttributes attributes = Files.readAttributes(entry, PosixFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isSymbolicLink()) {
                    if (!attributes.owner().equals(me)) {
                        throw unsafe(entry, "is owned by " + attributes.owner().getName(), fix(binaries));
                    }
                    continue; // a link's own mode means nothing; its target is checked where it lies
                }
                Optional<String> entryFault = fault(attributes, me);
                if (entryFault.isPresent()) {
                    throw unsafe(entry, entryFault.get(), fix(binaries));
                }
            }
        }
    }

    /** The directory itself: ours, a directory, writable by no one else; then closed to mode 0700. */
    private static void checkTop(Path binaries) throws IOException {
        UserPrincipal me = currentUser(binaries);
        PosixFileAttributes top = Files.readAttributes(binaries, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!top.isDirectory()) {
            throw unsafe(binaries, "is not a directory", "remove it; Vigie unpacks the binaries again");
        }
        Optional<String> fault = fault(top, me);
        if (fault.isPresent()) {
            throw unsafe(binaries, fault.get(), fix(binaries));
        }
        if (!top.permissions().equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(binaries, OWNER_ONLY); // readable by others but safe: close it
        }
    }

    private static Optional<String> fault(PosixFileAttributes attributes, UserPrincipal me) {
        if (!attributes.owner().equals(me)) {
            return Optional.of("is owned by " + attributes.owner().getName() + ", not by " + me.getName());
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            return Optional.of("is writable by every user");
        }
        if (permissions.contains(PosixFilePermission.GROUP_WRITE)) {
            return Optional.of("is writable by its group");
        }
        return Optional.empty();
    }

    private static String fix(Path binaries) {
        return "delete " + binaries + " (Vigie unpacks the binaries again, owner-only) and check who could write there";
    }

    private static StartupFailureException unsafe(Path entry, String problem, String fix) {
        return new StartupFailureException("the PostgreSQL binaries are not safe to run: " + entry + " " + problem, fix);
    }

    /** The user running Vigie, as the file system names owners: the owner of a file it creates. */
    private static UserPrincipal currentUser(Path binaries) throws IOException {
        Path probe = Files.createTempFile(binaries.toAbsolutePath().getParent(), ".owner-check", ".tmp");
        try {
            return Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS);
        } finally {
            Files.delete(probe);
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().equals(FileSystems.getDefault())
                && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
