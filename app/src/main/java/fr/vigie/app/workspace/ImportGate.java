package fr.vigie.app.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Admission of the heavy imports (purchase ledgers, supplier declarations), so that uploads cannot
 * take the server's memory all at once: a small upload may inflate a lot (an XLSX is a ZIP whose
 * parts can be 80 times larger than the file), and six of them parsed at once used to exhaust the heap.
 *
 * <ol>
 *   <li>The file's <em>uncompressed</em> size is measured before any parsing: a CSV (or any
 *       non-ZIP file) is its size; a ZIP package (XLSX, XLSM) is the sum of its entries, counted by
 *       inflating them (never trusting the declared sizes) and stopping as soon as the limit
 *       {@code vigie.imports.max-uncompressed-size} is passed. Above it the file is refused.
 *   <li>Its memory cost is estimated as {@code uncompressed x vigie.imports.memory-factor}; a file
 *       whose cost is above the whole budget ({@code vigie.imports.memory-budget}, by default half
 *       the maximum heap) is refused: it could never run.
 *   <li>It then waits, in arrival order (fair semaphores), for one of {@code vigie.imports.concurrency}
 *       slots and for its cost in the shared memory budget; when both are not free within
 *       {@code vigie.imports.max-wait} it is refused as "busy, retry later" (HTTP 503 on the API).
 * </ol>
 * Nothing is allocated for the file before it is admitted. The gate is per instance (each instance
 * has its own heap).
 */
@Component
public class ImportGate {

    private static final Log logger = LogFactory.getLog(ImportGate.class);

    private final long maxUncompressedBytes;
    private final double memoryFactor;
    private final long budgetKib;
    private final Duration maxWait;
    private final int concurrency;
    private final Semaphore slots;
    private final Semaphore memory;

    ImportGate(@Value("${vigie.imports.max-uncompressed-size:256MB}") DataSize maxUncompressed,
            @Value("${vigie.imports.memory-factor:3}") double memoryFactor,
            @Value("${vigie.imports.memory-budget:}") @Nullable DataSize budget,
            @Value("${vigie.imports.concurrency:2}") int concurrency,
            @Value("${vigie.imports.max-wait:30s}") Duration maxWait) {
        if (memoryFactor <= 0 || concurrency < 1 || maxWait.isNegative()) {
            throw new IllegalArgumentException("vigie.imports: memory-factor must be > 0, concurrency >= 1, "
                    + "max-wait >= 0 (given " + memoryFactor + ", " + concurrency + ", " + maxWait + ")");
        }
        this.maxUncompressedBytes = maxUncompressed.toBytes();
        this.memoryFactor = memoryFactor;
        long budgetBytes = budget != null ? budget.toBytes() : Runtime.getRuntime().maxMemory() / 2;
        this.budgetKib = Math.max(1, Math.min(Integer.MAX_VALUE, budgetBytes / 1024));
        this.concurrency = concurrency;
        this.maxWait = maxWait;
        this.slots = new Semaphore(concurrency, true);
        this.memory = new Semaphore((int) budgetKib, true);
    }

    /** Why a file was not admitted. */
    public sealed interface Refusal {
        /** A message in English naming the file and the limit (the pages show a translated sentence beside it). */
        String detail();

        /** Above the uncompressed size limit, or its estimated memory above the whole budget. */
        record TooLarge(String detail) implements Refusal {
        }

        /** Every slot or the memory budget stayed taken for the longest wait: retry later. */
        record Busy(String detail, Duration retryAfter) implements Refusal {
        }
    }

    /** An admitted import: holds its slot and memory until closed. */
    public final class Admission implements AutoCloseable {
        private final int kib;
        private boolean closed;

        private Admission(int kib) {
            this.kib = kib;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                memory.release(kib);
                slots.release();
            }
        }
    }

    /** The result of {@link #admit}: exactly one of admission or refusal. */
    public record Decision(@Nullable Admission admission, @Nullable Refusal refusal) {
    }

    /**
     * Measures the file and waits for its turn (at most {@code vigie.imports.max-wait}).
     *
     * @param name the name shown in refusals
     */
    public Decision admit(Path file, String name) throws IOException {
        long uncompressed = uncompressedSize(file, maxUncompressedBytes);
        if (uncompressed > maxUncompressedBytes) {
            return refused(new Refusal.TooLarge(String.format(Locale.ROOT,
                    "%s: more than %,d bytes once uncompressed, above the %,d-byte limit",
                    name, uncompressed, maxUncompressedBytes)));
        }
        long costKib = Math.max(1, (long) Math.ceil(uncompressed * memoryFactor / 1024));
        if (costKib > budgetKib) {
            return refused(new Refusal.TooLarge(String.format(Locale.ROOT,
                    "%s: %,d bytes once uncompressed would need about %,d KiB of memory, above the %,d KiB "
                            + "this server gives to imports", name, uncompressed, costKib, budgetKib)));
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        try {
            if (!slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                return busy(name);
            }
            if (!memory.tryAcquire((int) costKib, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                slots.release();
                return busy(name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return busy(name);
        }
        return new Decision(new Admission((int) costKib), null);
    }

    private Decision busy(String name) {
        logger.warn("Import of %s refused: %d imports already running or the %d KiB import memory budget taken "
                .formatted(name, concurrency, budgetKib) + "for " + maxWait.toSeconds() + " s");
        return refused(new Refusal.Busy(name + ": the server is busy with other imports; retry in a minute",
                Duration.ofSeconds(60)));
    }

    private static Decision refused(Refusal refusal) {
        return new Decision(null, refusal);
    }

    /** The memory budget of all imports together, in KiB. */
    long budgetKib() {
        return budgetKib;
    }

    /**
     * The file's size once uncompressed: the sum of its entries' inflated sizes for a ZIP package
     * (counted up to {@code limit + 1}, then stopped), else its size. A ZIP that cannot be read is
     * counted by its size: the engine then reports what is wrong with it.
     */
    static long uncompressedSize(Path file, long limit) throws IOException {
        long size = Files.size(file);
        if (!isZip(file)) {
            return size;
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > limit) {
                            return total;
                        }
                    }
                }
            }
        } catch (ZipException e) {
            return Math.max(size, total);
        }
        return Math.max(size, total);
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }
}
