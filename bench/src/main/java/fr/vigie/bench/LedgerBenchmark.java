package fr.vigie.bench;

import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.ledger.LedgerImport;
import fr.vigie.engine.ledger.LedgerImporter;
import fr.vigie.engine.ledger.LedgerOptions;
import fr.vigie.engine.ledger.LedgerReferences;
import fr.vigie.engine.ledger.SyntheticLedger;
import fr.vigie.engine.mineral.MineralId;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Times Vigie's ledger import (parse, validate every cell, aggregate per filiere) against DuckDB
 * doing the same group-by on the same CSV, in the same JVM and run.
 *
 * <pre>
 * bin/vigie bench assess ...   (see AssessBenchmark)
 * bin/vigie bench ledger [--lines 1000000] [--seed 1] [--iterations 5] [--warmup 2]
 *                        [--engines vigie,vigie1,duckdb] [--file ledger.csv] [--french]
 * </pre>
 *
 * <p>The CSV is generated once (kept in {@code bench/target}). Each engine runs warm-up iterations,
 * then timed ones ({@code vigie}: the default importer, chunks read by as many threads as processors; {@code vigie1}: one thread); the report gives best and median times, lines per second, the ratio to DuckDB,
 * Vigie's peak heap (sum of the heap pools' peak usage during the timed iterations), and checks that
 * both engines found the same totals per mineral.
 */
public final class LedgerBenchmark {
  private record Totals(double mass, double spend, long lines, double massKnownOrigin) {}

  public static void main(String[] args) throws Exception {
    long lines = 1_000_000;
    long seed = 1;
    int iterations = 5;
    int warmup = 2;
    boolean french = false;
    String engines = "vigie,duckdb";
    Path file = null;
    List<String> a = new ArrayList<>(Arrays.asList(args));
    if (!a.isEmpty() && a.getFirst().equals("assess")) {
      AssessBenchmark.main(a.subList(1, a.size()).toArray(String[]::new));
      return;
    }
    if (!a.isEmpty() && a.getFirst().equals("ledger")) {
      a.removeFirst();
    }
    for (int i = 0; i < a.size(); i++) {
      String k = a.get(i);
      switch (k) {
        case "--lines" -> lines = Long.parseLong(a.get(++i).replace("_", ""));
        case "--seed" -> seed = Long.parseLong(a.get(++i));
        case "--iterations" -> iterations = Integer.parseInt(a.get(++i));
        case "--warmup" -> warmup = Integer.parseInt(a.get(++i));
        case "--engines" -> engines = a.get(++i);
        case "--file" -> file = Path.of(a.get(++i));
        case "--french" -> french = true;
        default -> {
          System.err.println("unknown option " + k + "; usage: bench ledger [--lines N] [--seed S]"
              + " [--iterations N] [--warmup N] [--engines vigie,duckdb] [--file F] [--french]");
          System.exit(2);
        }
      }
    }
    if (file == null) {
      Path dir = Path.of(System.getProperty("vigie.bench.dir", "bench/target"));
      Files.createDirectories(dir);
      file = dir.resolve("ledger-" + lines + "-" + seed + (french ? "-fr" : "") + ".csv");
      if (!Files.exists(file)) {
        long t0 = System.nanoTime();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
          SyntheticLedger.write(lines, seed, french, o);
        }
        Files.move(tmp, file);
        System.out.printf(Locale.ROOT, "generated %s in %.2f s%n", file, (System.nanoTime() - t0) / 1e9);
      }
    }
    System.out.printf(Locale.ROOT, "file: %s (%,d bytes), %,d lines; %d warm-up + %d timed iterations;"
            + " JVM %s, %d processors, max heap %d MiB%n",
        file, Files.size(file), lines, warmup, iterations, Runtime.version(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

    LedgerReferences refs = LedgerReferences.bundled();
    boolean runVigie = List.of(engines.split(",")).contains("vigie");
    boolean runVigie1 = List.of(engines.split(",")).contains("vigie1");
    boolean runDuck = engines.contains("duckdb");
    LedgerImporter importer = new LedgerImporter(refs);
    String sql = duckSql(file, french);
    double[] vigieTimes = new double[iterations];
    double[] vigie1Times = new double[iterations];
    double[] vigieCpu = new double[iterations];
    double[] vigie1Cpu = new double[iterations];
    double[] duckCpu = new double[iterations];
    LedgerImporter oneThread = importer.withThreads(1);
    double[] duckTimes = new double[iterations];
    long peak = 0;
    Map<String, Totals> vigie = null;
    Map<String, Totals> duck = null;
    System.out.printf(Locale.ROOT, "load average at start: %s%n", loadAverage());
    // the engines alternate, iteration by iteration, so that both meet the same machine load
    try (Connection c = runDuck ? DriverManager.getConnection("jdbc:duckdb:") : null;
        Statement st = runDuck ? c.createStatement() : null) {
      for (int i = -warmup; i < iterations; i++) {
        if (runVigie) {
          System.gc();
          resetHeapPeaks();
          long c0 = cpu();
          long t0 = System.nanoTime();
          LedgerImport r = importer.importFile(file, LedgerOptions.defaults());
          double s = (System.nanoTime() - t0) / 1e9;
          if (i >= 0) {
            vigieCpu[i] = (cpu() - c0) / 1e9;
          }
          if (!(r instanceof LedgerImport.Accepted acc)) {
            throw new IllegalStateException("ledger refused: " + r.report().errors());
          }
          if (i >= 0) {
            vigieTimes[i] = s;
            peak = Math.max(peak, heapPeak());
          }
          vigie = totals(acc.ledger());
        }
        if (runVigie1) {
          long c0 = cpu();
          long t0 = System.nanoTime();
          LedgerImport r = oneThread.importFile(file, LedgerOptions.defaults());
          if (i >= 0) {
            vigie1Times[i] = (System.nanoTime() - t0) / 1e9;
            vigie1Cpu[i] = (cpu() - c0) / 1e9;
          }
          if (!(r instanceof LedgerImport.Accepted)) {
            throw new IllegalStateException("ledger refused: " + r.report().errors());
          }
        }
        if (runDuck) {
          long c0 = cpu();
          long t0 = System.nanoTime();
          Map<String, Totals> raw = new TreeMap<>();
          try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
              raw.put(rs.getString(1), new Totals(rs.getDouble(2), rs.getDouble(3), rs.getLong(4), rs.getDouble(5)));
            }
          }
          double s = (System.nanoTime() - t0) / 1e9;
          if (i >= 0) {
            duckTimes[i] = s;
            duckCpu[i] = (cpu() - c0) / 1e9;
          }
          duck = byMineral(raw, refs);
        }
      }
    }
    double vigieBest = Double.NaN;
    double duckBest = Double.NaN;
    if (runVigie) {
      vigieBest = report("vigie", vigieTimes, lines);
      cpuReport("vigie", vigieCpu);
      System.out.printf(Locale.ROOT, "vigie  peak heap during timed iterations: %d MiB%n", peak >> 20);
    }
    if (runVigie1) {
      report("vigie1", vigie1Times, lines);
      cpuReport("vigie1", vigie1Cpu);
    }
    if (runDuck) {
      duckBest = report("duckdb", duckTimes, lines);
      cpuReport("duckdb", duckCpu);
    }
    System.out.printf(Locale.ROOT, "load average at end: %s%n", loadAverage());
    if (vigie != null && duck != null) {
      System.out.printf(Locale.ROOT, "ratio DuckDB/Vigie: best %.2f, median %.2f (above 1: Vigie faster)%n",
          duckBest / vigieBest, median(duckTimes) / median(vigieTimes));
      System.out.printf(Locale.ROOT, "ratio of process CPU time DuckDB/Vigie: median %.2f%n",
          median(duckCpu) / median(vigieCpu));
      compare(vigie, duck);
    }
  }

  static String duckSql(Path file, boolean french) {
    return "SELECT material, sum(mass_kg), sum(spend_eur), count(*),"
        + " sum(CASE WHEN origin_country IS NOT NULL THEN mass_kg ELSE 0 END)"
        + " FROM " + readCsv(file, french) + " GROUP BY material";
  }

  /** DuckDB's reader of a generated ledger, with the column types given (no sniffing). */
  static String readCsv(Path file, boolean french) {
    String path = file.toAbsolutePath().toString().replace("'", "''");
    return "read_csv('" + path + "', header = true, delim = '" + (french ? ";" : ",")
        + "', quote = '\"', escape = '\"', decimal_separator = '" + (french ? "," : ".") + "',"
        + " columns = {'item': 'VARCHAR', 'description': 'VARCHAR', 'material': 'VARCHAR',"
        + " 'mass_kg': 'DOUBLE', 'supplier': 'VARCHAR', 'supplier_country': 'VARCHAR',"
        + " 'spend_eur': 'DOUBLE', 'origin_country': 'VARCHAR', 'refiner_country': 'VARCHAR',"
        + " 'smelter_id': 'VARCHAR', 'recycled_share': 'DOUBLE', 'year': 'INTEGER'})";
  }

  static double report(String engine, double[] times, long lines) {
    double[] t = times.clone();
    Arrays.sort(t);
    double best = t[0];
    double median = median(times);
    System.out.printf(Locale.ROOT, "%-6s best %.3f s, median %.3f s, %,.0f lines/s (best), runs %s%n",
        engine, best, median, lines / best, Arrays.toString(Arrays.stream(times)
            .mapToObj(x -> String.format(Locale.ROOT, "%.3f", x)).toArray()));
    return best;
  }

  /** CPU time of the whole process (all threads, native ones included), in nanoseconds. */
  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static void cpuReport(String engine, double[] cpu) {
    double[] t = cpu.clone();
    Arrays.sort(t);
    System.out.printf(Locale.ROOT, "%-6s process CPU time per run: best %.3f s, median %.3f s%n", engine, t[0], median(cpu));
  }

  static double median(double[] times) {
    double[] t = times.clone();
    Arrays.sort(t);
    return t[t.length / 2];
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static Map<String, Totals> totals(Ledger ledger) {
    Map<String, Totals> m = new TreeMap<>();
    for (FiliereAggregate f : ledger.filieres()) {
      m.put(f.material().value(), new Totals(f.massKg(), f.spendEur(), f.lines(), f.massKnownOriginKg()));
    }
    return m;
  }

  /** DuckDB groups by the raw text ("Cobalt", "cobalt"): add its groups up per mineral id. */
  private static Map<String, Totals> byMineral(Map<String, Totals> raw, LedgerReferences refs) {
    Map<String, Totals> m = new TreeMap<>();
    raw.forEach((text, t) -> {
      String id = refs.materials().find(text).map(MineralId::value).orElse("?" + text);
      m.merge(id, t, (x, y) -> new Totals(x.mass + y.mass, x.spend + y.spend, x.lines + y.lines,
          x.massKnownOrigin + y.massKnownOrigin));
    });
    return m;
  }

  private static void compare(Map<String, Totals> vigie, Map<String, Totals> duck) {
    boolean same = vigie.keySet().equals(duck.keySet());
    for (String k : vigie.keySet()) {
      Totals v = vigie.get(k);
      Totals d = duck.get(k);
      same &= d != null && v.lines == d.lines && close(v.mass, d.mass) && close(v.spend, d.spend)
          && close(v.massKnownOrigin, d.massKnownOrigin);
    }
    System.out.println(same
        ? "check: Vigie and DuckDB agree on lines, mass, spend and mass of known origin per mineral"
        : "check: MISMATCH\n vigie  " + vigie + "\n duckdb " + duck);
    if (!same) {
      System.exit(1);
    }
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  static void resetHeapPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
