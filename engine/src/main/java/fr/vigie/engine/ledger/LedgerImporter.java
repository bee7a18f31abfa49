package fr.vigie.engine.ledger;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a purchase ledger from a CSV or XLSX file in one streaming pass, aggregating per filiere
 * as it reads (the lines are never held in memory). Large CSV files are read in chunks by several
 * threads and the chunk results merged ({@link ParallelCsv}); sums may then differ from a one-thread
 * read in the last bits of floating point.
 *
 * <p>Contract: a structural problem (file missing, empty or too large, unknown format, undecodable
 * text, header without a delimiter, missing required or duplicated column, zip bomb, XML with a
 * DOCTYPE) throws a {@link ProblemException} naming the file and line. Line problems are collected:
 * the result is {@link LedgerImport.Accepted} with the whole ledger when there are none, otherwise
 * {@link LedgerImport.Rejected} listing them, or, with {@link LedgerOptions#skipInvalid()},
 * {@code Accepted} with the valid lines and a report of what was skipped.
 *
 * <pre>{@code
 * LedgerImport result = new LedgerImporter(references).importFile(path, LedgerOptions.defaults());
 * switch (result) {
 *   case LedgerImport.Accepted a -> use(a.ledger());
 *   case LedgerImport.Rejected r -> show(r.report().errors());
 * }
 * }</pre>
 */
public final class LedgerImporter {
  /** Files smaller than two chunks of this size are read by one thread. */
  static final long MIN_CHUNK_BYTES = 16L << 20;

  private final LedgerReferences references;
  private final int threads;
  private final long minChunkBytes;

  /**
   * An importer reading CSV files of at least two 16 MiB chunks with as many threads as processors
   * (at most 4), smaller files and XLSX with one; {@link #withThreads} sets another limit.
   */
  public LedgerImporter(LedgerReferences references) {
    this(references, defaultThreads(), MIN_CHUNK_BYTES);
  }

  /** As many threads as processors, at most 4. */
  public static int defaultThreads() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * The same importer with at most {@code value} threads per file: CSV files of at least two
   * 16 MiB chunks are cut at line ends and read in parallel (1: always one thread).
   */
  public LedgerImporter withThreads(int value) {
    if (value < 1) {
      throw new ProblemException(Problem.error("ledger.threads", Integer.toString(value)));
    }
    return new LedgerImporter(references, value, minChunkBytes);
  }

  /** With a given parallelism: 1 reads every file with one thread. */
  LedgerImporter(LedgerReferences references, int threads, long minChunkBytes) {
    this.references = Objects.requireNonNull(references, "references");
    this.threads = threads;
    this.minChunkBytes = minChunkBytes;
  }

  /** Imports a file; the format comes from its extension ({@code .xlsx}, else CSV). */
  public LedgerImport importFile(Path file, LedgerOptions options) {
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new ProblemException(Problem.error("io.file_not_found").at(source, null));
    } catch (IOException e) {
      throw new ProblemException(Problem.error("io.unreadable", FileReason.of(file, e)).at(source, null), e);
    }
    if (Files.isDirectory(file)) {
      throw new ProblemException(Problem.error("ledger.directory").at(source, null));
    }
    if (size > options.maxBytes()) {
      throw new ProblemException(Problem.error("ledger.too_large", size, options.maxBytes()).at(source, null));
    }
    if (size == 0) {
      throw new ProblemException(Problem.error("ledger.empty").at(source, null));
    }
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xls")) {
      throw new ProblemException(Problem.error("ledger.legacy_xls").at(source, null));
    }
    try {
      if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
        LedgerRows rows = new LedgerRows(references, options, source, StandardCharsets.UTF_8);
        XlsxReader.read(file, source, options.sheet(), rows);
        return rows.finish("xlsx", "");
      }
      Optional<LedgerImport> parallel =
          ParallelCsv.read(file, source, options, references, threads, minChunkBytes);
      if (parallel.isPresent()) {
        return parallel.get();
      }
      try (InputStream in = Files.newInputStream(file)) {
        return importCsv(in, source, options);
      }
    } catch (IOException e) {
      throw new ProblemException(Problem.error("io.unreadable", FileReason.of(file, e)).at(source, null), e);
    } catch (ProblemException e) {
      throw e;
    } catch (RuntimeException e) {
      // POI reports zip bombs and corrupt packages with unchecked exceptions
      throw new ProblemException(Problem.error("ledger.unreadable", FileReason.damaged(e)).at(source, null), e);
    }
  }

  /** Imports CSV text from a stream (the caller closes it); {@code source} names it in messages. */
  public LedgerImport importCsv(InputStream in, String source, LedgerOptions options)
      throws IOException {
    LedgerRows rows = new LedgerRows(references, options, source, options.encoding());
    String delimiter = new CsvReader(in, source, options.encoding(), rows).read();
    return rows.finish("csv", delimiter);
  }
}
