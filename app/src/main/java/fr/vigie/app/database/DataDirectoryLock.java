package fr.vigie.app.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on {@code <data-dir>/vigie.lock}, held while the embedded database runs, so that a
 * second Vigie on the same data directory refuses to start instead of corrupting the database. The
 * operating system releases it if the process dies.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "vigie.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock without waiting.
     *
     * @throws StartupFailureException when another process (or context) holds it, or the file cannot be written
     */
    static DataDirectoryLock acquire(DataDirectory directory) {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw DataDirectory.notWritable(directory.path(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this JVM, e.g. another application context
        } catch (IOException e) {
            closeQuietly(channel);
            throw DataDirectory.notWritable(directory.path(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StartupFailureException(
                    "another Vigie is running with data directory " + directory.path(),
                    "stop it or set VIGIE_DATA_DIR to another directory");
        }
        return new DataDirectoryLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
