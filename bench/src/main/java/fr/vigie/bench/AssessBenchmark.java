package fr.vigie.bench;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.Assessor;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.ledger.LedgerImport;
import fr.vigie.engine.ledger.LedgerImporter;
import fr.vigie.engine.ledger.LedgerOptions;
import fr.vigie.engine.ledger.LedgerReferences;
import fr.vigie.engine.ledger.SyntheticLedger;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.regulation.RegulationCatalog;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.CompanyProfileReader;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import fr.vigie.engine.risk.Methodology;
import fr.vigie.engine.solution.Solutions;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Times the company assessment end to end on a generated ledger (parse and validate every line,
 * aggregate per filiere, then compute exposure, ranking, recommendations and roadmap) against
 * DuckDB computing the aggregation the assessment reads (per material: lines, mass, spend, mass
 * of known origin and refiner, recycled mass; per material and origin country, per material and
 * refiner country) on the same CSV, in the same JVM, iterations alternating.
 *
 * <pre>
 * bin/vigie bench assess [--lines 1000000] [--seed 1] [--iterations 5] [--warmup 2]
 *                        [--profile examples/profiles/french-industrial-group.yaml]
 * </pre>
 */
public final class AssessBenchmark {
  private record Totals(long lines, double mass, double knownOrigin, double knownRefiner, double recycled) {}

  public static void main(String[] args) throws Exception {
    long lines = 1_000_000;
    long seed = 1;
    int iterations = 5;
    int warmup = 2;
    Path profileFile = Path.of("examples/profiles/french-industrial-group.yaml");
    List<String> a = new ArrayList<>(Arrays.asList(args));
    for (int i = 0; i < a.size(); i++) {
      String k = a.get(i);
      switch (k) {
        case "--lines" -> lines = Long.parseLong(a.get(++i).replace("_", ""));
        case "--seed" -> seed = Long.parseLong(a.get(++i));
        case "--iterations" -> iterations = Integer.parseInt(a.get(++i));
        case "--warmup" -> warmup = Integer.parseInt(a.get(++i));
        case "--profile" -> profileFile = Path.of(a.get(++i));
        default -> {
          System.err.println("unknown option " + k + "; usage: bench assess [--lines N] [--seed S]"
              + " [--iterations N] [--warmup N] [--profile F]");
          System.exit(2);
        }
      }
    }
    Path dir = Path.of(System.getProperty("vigie.bench.dir", "bench/target"));
    Files.createDirectories(dir);
    Path file = dir.resolve("ledger-" + lines + "-" + seed + ".csv");
    if (!Files.exists(file)) {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        SyntheticLedger.write(lines, seed, false, o);
      }
      Files.move(tmp, file);
    }
    System.out.printf(Locale.ROOT, "file: %s (%,d bytes), %,d lines; %d warm-up + %d timed iterations;"
            + " JVM %s, %d processors, max heap %d MiB%n",
        file, Files.size(file), lines, warmup, iterations, Runtime.version(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

    ReferenceData data = ReferenceData.loadDefault();
    CompanyProfile profile = new CompanyProfileReader(CountryDirectory.of(data.countries()), data.minerals())
        .read(profileFile).profile();
    Assessor assessor = Assessor.with(data, Methodology.loadDefault(), RegulationCatalog.builtIn(), Solutions.loadDefault());
    LedgerReferences refs = LedgerReferences.of(data.minerals(), data.countries());
    LedgerImporter importer = new LedgerImporter(refs);
    LocalDate date = LocalDate.of(2026, 11, 30);
    String sql = "SELECT material, origin_country, refiner_country, count(*), sum(mass_kg), sum(spend_eur),"
        + " sum(CASE WHEN origin_country IS NOT NULL THEN mass_kg ELSE 0 END),"
        + " sum(CASE WHEN refiner_country IS NOT NULL THEN mass_kg ELSE 0 END),"
        + " sum(mass_kg * coalesce(recycled_share, 0)), grouping(origin_country, refiner_country)"
        + " FROM " + LedgerBenchmark.readCsv(file, false)
        + " GROUP BY GROUPING SETS ((material), (material, origin_country), (material, refiner_country))";

    double[] vigieTimes = new double[iterations];
    double[] computeTimes = new double[iterations];
    double[] vigieCpu = new double[iterations];
    double[] duckTimes = new double[iterations];
    double[] duckCpu = new double[iterations];
    long peak = 0;
    Assessment last = null;
    Map<String, Totals> vigie = null;
    Map<String, Totals> duck = null;
    System.out.printf(Locale.ROOT, "load average at start: %s%n", LedgerBenchmark.loadAverage());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      for (int i = -warmup; i < iterations; i++) {
        System.gc();
        LedgerBenchmark.resetHeapPeaks();
        long c0 = LedgerBenchmark.cpu();
        long t0 = System.nanoTime();
        LedgerImport r = importer.importFile(file, LedgerOptions.defaults());
        if (!(r instanceof LedgerImport.Accepted acc)) {
          throw new IllegalStateException("ledger refused: " + r.report().errors());
        }
        long t1 = System.nanoTime();
        last = assessor.assess(profile, acc.ledger(), Optional.empty(), Optional.empty(), date);
        long t2 = System.nanoTime();
        if (i >= 0) {
          vigieTimes[i] = (t2 - t0) / 1e9;
          computeTimes[i] = (t2 - t1) / 1e9;
          vigieCpu[i] = (LedgerBenchmark.cpu() - c0) / 1e9;
          peak = Math.max(peak, LedgerBenchmark.heapPeak());
        }
        vigie = new TreeMap<>();
        for (FiliereAggregate f : acc.ledger().filieres()) {
          vigie.put(f.material().value(), new Totals(f.lines(), f.massKg(), f.massKnownOriginKg(),
              f.massKnownRefinerKg(), f.recycledMassKg()));
        }

        c0 = LedgerBenchmark.cpu();
        t0 = System.nanoTime();
        Map<String, Totals> raw = new TreeMap<>();
        int groups = 0;
        try (ResultSet rs = st.executeQuery(sql)) {
          while (rs.next()) {
            groups++;
            if (rs.getInt(10) == 3) { // the (material) grouping set
              raw.put(rs.getString(1), new Totals(rs.getLong(4), rs.getDouble(5), rs.getDouble(7),
                  rs.getDouble(8), rs.getDouble(9)));
            }
          }
        }
        if (i >= 0) {
          duckTimes[i] = (System.nanoTime() - t0) / 1e9;
          duckCpu[i] = (LedgerBenchmark.cpu() - c0) / 1e9;
        }
        duck = byMineral(raw, refs);
        if (groups == 0) {
          throw new IllegalStateException("DuckDB returned no group");
        }
      }
    }
    double vigieBest = LedgerBenchmark.report("assess", vigieTimes, lines);
    LedgerBenchmark.cpuReport("assess", vigieCpu);
    double[] compute = computeTimes.clone();
    Arrays.sort(compute);
    System.out.printf(Locale.ROOT, "assess of which computation (after the import): best %.4f s, median %.4f s%n",
        compute[0], LedgerBenchmark.median(computeTimes));
    System.out.printf(Locale.ROOT, "assess peak heap during timed iterations: %d MiB%n", peak >> 20);
    double duckBest = LedgerBenchmark.report("duckdb", duckTimes, lines);
    LedgerBenchmark.cpuReport("duckdb", duckCpu);
    System.out.printf(Locale.ROOT, "load average at end: %s%n", LedgerBenchmark.loadAverage());
    System.out.printf(Locale.ROOT, "ratio DuckDB/Vigie: best %.2f, median %.2f (above 1: Vigie faster)%n",
        duckBest / vigieBest, LedgerBenchmark.median(duckTimes) / LedgerBenchmark.median(vigieTimes));
    System.out.printf(Locale.ROOT, "ratio of process CPU time DuckDB/Vigie: median %.2f%n",
        LedgerBenchmark.median(duckCpu) / LedgerBenchmark.median(vigieCpu));
    System.out.printf(Locale.ROOT, "assessment: %d filieres, rank 1 %s (score %.3f), %d roadmap actions%n",
        last.filieres().size(), last.filieres().get(0).material(), last.filieres().get(0).priorityScore(),
        last.roadmap().size());
    boolean same = vigie.keySet().equals(duck.keySet());
    for (String k : vigie.keySet()) {
      Totals v = vigie.get(k);
      Totals d = duck.get(k);
      same &= d != null && v.lines() == d.lines() && close(v.mass(), d.mass()) && close(v.knownOrigin(), d.knownOrigin())
          && close(v.knownRefiner(), d.knownRefiner()) && close(v.recycled(), d.recycled());
    }
    System.out.println(same
        ? "check: Vigie and DuckDB agree per mineral on lines, mass, mass of known origin and refiner, recycled mass"
        : "check: MISMATCH\n vigie  " + vigie + "\n duckdb " + duck);
    if (!same) {
      System.exit(1);
    }
  }

  /** DuckDB groups by the raw text: add its groups up per mineral id. */
  private static Map<String, Totals> byMineral(Map<String, Totals> raw, LedgerReferences refs) {
    Map<String, Totals> m = new TreeMap<>();
    raw.forEach((text, t) -> {
      String id = refs.materials().find(text).map(MineralId::value).orElse("?" + text);
      m.merge(id, t, (x, y) -> new Totals(x.lines() + y.lines(), x.mass() + y.mass(),
          x.knownOrigin() + y.knownOrigin(), x.knownRefiner() + y.knownRefiner(), x.recycled() + y.recycled()));
    });
    return m;
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
