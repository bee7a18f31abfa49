package fr.vigie.engine.ledger;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a large CSV file in a few chunks at once. The header is read first; the rest is cut at line
 * ends into one chunk per thread, each read by its own {@link CsvReader} and {@link LedgerRows}, and
 * the results are merged in file order (line numbers shifted). A cut is only a guess when quoted
 * fields span lines, so it is checked: each chunk must end exactly where the next one starts, else,
 * or on any error in a chunk, the file is read again sequentially, which gives the same result and
 * the error with its true line number. Returns empty when the file is not worth splitting.
 */
final class ParallelCsv {
  private ParallelCsv() {}

  static Optional<LedgerImport> read(
      Path file, String source, LedgerOptions options, LedgerReferences references, int threads,
      long minChunkBytes) throws IOException {
    long size = Files.size(file);
    if (threads < 2 || size < 2 * minChunkBytes) {
      return Optional.empty();
    }
    LedgerRows head = new LedgerRows(references, options, source, options.encoding());
    CsvReader headReader;
    try (InputStream in = Files.newInputStream(file)) {
      headReader = new CsvReader(in, source, options.encoding(), head);
      headReader.read(1); // stops after the header
    }
    long dataStart = headReader.endOffset();
    int chunks = (int) Math.max(1, Math.min(threads, (size - dataStart) / minChunkBytes));
    if (chunks < 2) {
      return Optional.empty();
    }
    long[] starts = new long[chunks + 1];
    starts[0] = dataStart;
    starts[chunks] = size;
    for (int k = 1; k < chunks; k++) {
      starts[k] = lineStartAtOrAfter(file, dataStart + (size - dataStart) * k / chunks);
      if (starts[k] <= starts[k - 1] || starts[k] >= size) {
        return Optional.empty();
      }
    }
    List<LedgerRows> rows = new ArrayList<>();
    List<CsvReader> readers = new ArrayList<>();
    List<Future<?>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(chunks)) {
      for (int k = 0; k < chunks; k++) {
        LedgerRows r = new LedgerRows(references, options, source, options.encoding());
        r.bindHeaderAs(head);
        rows.add(r);
        long from = starts[k];
        long stop = k + 1 < chunks ? starts[k + 1] : Long.MAX_VALUE;
        CsvReader[] holder = new CsvReader[1];
        futures.add(pool.submit(() -> {
          try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.position(from);
            holder[0] = new CsvReader(Channels.newInputStream(ch), source, options.encoding(), r);
            holder[0].readChunk(headReader.delimiter(), from, stop);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return holder;
        }));
      }
      for (Future<?> f : futures) {
        readers.add(((CsvReader[]) f.get())[0]);
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ProblemException || e.getCause() instanceof UncheckedIOException) {
        return Optional.empty(); // read again sequentially for the exact message
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProblemException(Problem.error("ledger.interrupted").at(source, null));
    }
    for (int k = 0; k + 1 < chunks; k++) {
      if (readers.get(k).endOffset() != starts[k + 1]) {
        return Optional.empty(); // a cut fell inside a quoted field
      }
    }
    long lineOffset = headReader.linesRead();
    for (int k = 0; k < chunks; k++) {
      head.merge(rows.get(k), lineOffset);
      lineOffset += readers.get(k).linesRead();
    }
    byte d = headReader.delimiter();
    return Optional.of(head.finish("csv", d == '\t' ? "\t" : String.valueOf((char) d)));
  }

  /** The offset just after the first line feed at or after {@code offset - 1}. */
  private static long lineStartAtOrAfter(Path file, long offset) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer b = ByteBuffer.allocate(1 << 16);
      long pos = offset - 1;
      long size = ch.size();
      while (pos < size) {
        b.clear();
        int n = ch.read(b, pos);
        if (n <= 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          if (b.get(i) == '\n') {
            return pos + i + 1;
          }
        }
        pos += n;
      }
      return size;
    }
  }
}
