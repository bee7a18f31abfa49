package fr.vigie.engine.declaration.validate;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.declaration.DeclarationResult;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads many declaration files on a few threads; one bad file never stops the others. */
public final class DeclarationBatch {
  private DeclarationBatch() {}

  /** The workbook files ({@code .xlsx}, {@code .xlsm}, {@code .xls}) directly in a folder, sorted by name. */
  public static List<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new ProblemException(Problem.error("declaration.not_a_folder").at(folder.toString(), null));
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return !n.startsWith("~$") && (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls"));
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ProblemException(Problem.error("declaration.folder_unlistable", FileReason.of(folder, e)).at(folder.toString(), null), e);
    }
  }

  /**
   * Reads every file on {@code threads} threads and hands each result to {@code sink} (called from
   * the worker threads, in no particular order; it must be thread-safe). Results are not kept.
   */
  public static void readAll(Declarations declarations, List<Path> files, int threads, Consumer<DeclarationResult> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> futures = files.stream()
          .<Future<?>>map(f -> pool.submit(() -> sink.accept(declarations.read(f))))
          .toList();
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProblemException(Problem.error("declaration.interrupted"), e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
