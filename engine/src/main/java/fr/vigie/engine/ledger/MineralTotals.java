package fr.vigie.engine.ledger;

import fr.vigie.engine.country.Country;
import fr.vigie.engine.mineral.MineralId;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * The running totals of a ledger import per mineral: lines, masses, spend, recycled mass, mass per
 * origin and refiner country, recycled mass per recovery country, distinct suppliers and smelters. Kept column by column (one array per
 * figure, indexed by the mineral's number in the import) because the import adds to them once per
 * line of files of millions of lines (docs/performance.md); this class is the only code that sees the
 * arrays. Minerals, countries, suppliers and smelters are numbered by the caller.
 */
final class MineralTotals {
  private long[] lines = new long[8];
  private double[] mass = new double[8];
  private double[] spend = new double[8];
  private double[] massOrigin = new double[8];
  private double[] massRefiner = new double[8];
  private double[] massSmelter = new double[8];
  private double[] recycled = new double[8];
  private double[][] byOrigin = new double[8][];
  private double[][] byRefiner = new double[8][];
  private double[][] byRecovery = new double[8][];
  private int[] supplierCount = new int[8];
  private int[] smelterCount = new int[8];
  private long[][] supplierBits = new long[8][]; // per mineral, one bit per supplier seen
  private long[][] smelterBits = new long[8][];

  /** Makes room for minerals numbered below {@code n}. */
  void ensure(int n) {
    if (n <= lines.length) {
      return;
    }
    int c = Math.max(lines.length * 2, n);
    lines = Arrays.copyOf(lines, c);
    mass = Arrays.copyOf(mass, c);
    spend = Arrays.copyOf(spend, c);
    massOrigin = Arrays.copyOf(massOrigin, c);
    massRefiner = Arrays.copyOf(massRefiner, c);
    massSmelter = Arrays.copyOf(massSmelter, c);
    recycled = Arrays.copyOf(recycled, c);
    byOrigin = Arrays.copyOf(byOrigin, c);
    byRefiner = Arrays.copyOf(byRefiner, c);
    byRecovery = Arrays.copyOf(byRecovery, c);
    supplierCount = Arrays.copyOf(supplierCount, c);
    supplierBits = Arrays.copyOf(supplierBits, c);
    smelterBits = Arrays.copyOf(smelterBits, c);
    smelterCount = Arrays.copyOf(smelterCount, c);
  }

  /**
   * Adds one accepted line of mineral {@code m}; a country, supplier or smelter number below 0 is
   * unknown.
   *
   * @param kg the mineral content of the line
   * @param eur its spend (0 when not given)
   * @param recycledShare the share of {@code kg} declared recycled
   */
  void addLine(int m, double kg, double eur, double recycledShare, int origin, int refiner, int smelter,
      int supplier, int recovery) {
    lines[m]++;
    mass[m] += kg;
    spend[m] += eur;
    recycled[m] += kg * recycledShare;
    if (origin >= 0) {
      massOrigin[m] += kg;
      byOrigin[m] = addAt(byOrigin[m], origin, kg);
    }
    if (refiner >= 0) {
      massRefiner[m] += kg;
      byRefiner[m] = addAt(byRefiner[m], refiner, kg);
    }
    if (recovery >= 0 && recycledShare > 0) {
      byRecovery[m] = addAt(byRecovery[m], recovery, kg * recycledShare);
    }
    if (smelter >= 0) {
      massSmelter[m] += kg;
      smelterBits[m] = grown(smelterBits[m], smelter);
      if (firstTime(smelterBits[m], smelter)) {
        smelterCount[m]++;
      }
    }
    if (supplier >= 0) {
      supplierBits[m] = grown(supplierBits[m], supplier);
      if (firstTime(supplierBits[m], supplier)) {
        supplierCount[m]++;
      }
    }
  }

  /**
   * Adds the totals of mineral {@code om} of {@code other} (a chunk of the same file read by another
   * thread) to mineral {@code m}, renumbering the other's countries, suppliers and smelters.
   */
  void merge(int m, MineralTotals other, int om, IntUnaryOperator country, IntUnaryOperator supplier,
      IntUnaryOperator smelter) {
    lines[m] += other.lines[om];
    mass[m] += other.mass[om];
    spend[m] += other.spend[om];
    massOrigin[m] += other.massOrigin[om];
    massRefiner[m] += other.massRefiner[om];
    massSmelter[m] += other.massSmelter[om];
    recycled[m] += other.recycled[om];
    byOrigin[m] = mergeCountries(byOrigin[m], other.byOrigin[om], country);
    byRefiner[m] = mergeCountries(byRefiner[m], other.byRefiner[om], country);
    byRecovery[m] = mergeCountries(byRecovery[m], other.byRecovery[om], country);
    long[] bits = other.supplierBits[om];
    for (int w = 0; bits != null && w < bits.length; w++) {
      for (long b = bits[w]; b != 0; b &= b - 1) {
        int s = supplier.applyAsInt(w * 64 + Long.numberOfTrailingZeros(b));
        supplierBits[m] = grown(supplierBits[m], s);
        if (firstTime(supplierBits[m], s)) {
          supplierCount[m]++;
        }
      }
    }
    bits = other.smelterBits[om];
    for (int w = 0; bits != null && w < bits.length; w++) {
      for (long b = bits[w]; b != 0; b &= b - 1) {
        int s = smelter.applyAsInt(w * 64 + Long.numberOfTrailingZeros(b));
        smelterBits[m] = grown(smelterBits[m], s);
        if (firstTime(smelterBits[m], s)) {
          smelterCount[m]++;
        }
      }
    }
  }

  /** Whether mineral {@code m} has a line. */
  boolean has(int m) {
    return m < lines.length && lines[m] > 0;
  }

  /** The totals of mineral {@code m}; {@code byCountry} turns a mass-per-country column into a map. */
  FiliereAggregate aggregate(int m, MineralId id, Function<double[], Map<Country, Double>> byCountry) {
    return new FiliereAggregate(id, lines[m], mass[m], spend[m], massOrigin[m], massRefiner[m], massSmelter[m],
        recycled[m], supplierCount[m], smelterCount[m], byCountry.apply(byOrigin[m]), byCountry.apply(byRefiner[m]),
        byCountry.apply(byRecovery[m]));
  }

  private static double[] mergeCountries(double[] into, double[] from, IntUnaryOperator country) {
    for (int c = 0; from != null && c < from.length; c++) {
      if (from[c] != 0) {
        into = addAt(into, country.applyAsInt(c), from[c]);
      }
    }
    return into;
  }

  private static long[] grown(long[] bits, int i) {
    int words = (i >>> 6) + 1;
    if (bits == null || bits.length < words) {
      return bits == null ? new long[Math.max(16, words)] : Arrays.copyOf(bits, Math.max(bits.length * 2, words));
    }
    return bits;
  }

  /** Sets bit i; true when it was not set. */
  private static boolean firstTime(long[] bits, int i) {
    long mask = 1L << i;
    long w = bits[i >>> 6];
    if ((w & mask) != 0) {
      return false;
    }
    bits[i >>> 6] = w | mask;
    return true;
  }

  private static double[] addAt(double[] a, int i, double v) {
    if (a == null || i >= a.length) {
      a = a == null ? new double[Math.max(16, i + 1)] : Arrays.copyOf(a, Math.max(a.length * 2, i + 1));
    }
    a[i] += v;
    return a;
  }
}
