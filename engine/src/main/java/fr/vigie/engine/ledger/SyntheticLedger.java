package fr.vigie.engine.ledger;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Writes a deterministic synthetic purchase ledger (same lines, seed and layout give the same bytes)
 * for tests, demonstrations and benchmarks. The mix leans towards copper, aluminium, nickel, cobalt
 * and lithium; about a third of the lines name a mine country, half a refining country, a fifth an
 * RMI smelter id, 15% a recycled share; masses spread over four orders of magnitude (gold and
 * tantalum smaller) and spend follows an indicative price per kg. Countries are the main producers
 * of each mineral, as ISO alpha-2 codes. The English layout is comma-separated with a point as
 * decimal separator; the French one uses French headers, ';' and a decimal comma.
 */
public final class SyntheticLedger {

  /** A mineral: id, English and French names, weight in the mix, mass scale, EUR per kg, countries. */
  private record Material(
      String id, String en, String fr, int weight, double scale, double eurPerKg, String[] mines,
      String[] refiners) {}

  private static final Material[] MATERIALS = {
    m("copper", "Copper", "Cuivre", 24, 1, 9, "CL PE CD CN US", "CN CL JP CD DE"),
    m("aluminium", "Aluminium", "Aluminium", 20, 1, 2.5, "AU GN CN BR", "CN IN RU CA NO"),
    m("nickel", "Nickel", "Nickel", 12, 1, 17, "ID PH RU NC AU", "ID CN JP FI"),
    m("cobalt", "Cobalt", "Cobalt", 10, 0.5, 30, "CD ID RU AU", "CN FI BE CA"),
    m("lithium", "Lithium", "Lithium", 10, 0.5, 15, "AU CL CN AR", "CN CL AR"),
    m("natural_graphite", "Natural graphite", "Graphite naturel", 5, 1, 1, "CN MZ MG BR", "CN"),
    m("zinc", "Zinc", "Zinc", 4, 1, 3, "CN PE AU", "CN KR IN"),
    m("tin", "Tin", "Étain", 3, 0.2, 30, "CN ID MM PE", "CN ID MY PE"),
    m("rare_earths", "Rare earths", "Terres rares", 3, 0.1, 60, "CN US MM AU", "CN MY EE"),
    m("manganese", "Manganese", "Manganèse", 3, 1, 2, "ZA GA AU", "CN ZA"),
    m("tantalum", "Tantalum", "Tantale", 2, 0.02, 300, "CD RW BR NG", "CN TH DE"),
    m("tungsten", "Tungsten", "Tungstène", 2, 0.1, 40, "CN VN RU", "CN AT VN"),
    m("gold", "Gold", "Or", 2, 0.0005, 70000, "CN AU RU CA US GH", "CH IN US AE"),
  };

  private static final String[] BUYER_COUNTRIES = "FR DE IT ES BE NL PL CN US JP KR".split(" ");
  private static final String[] DESCRIPTIONS = {
    "Battery module", "Power cable, 3 cores", "Printed circuit board", "Permanent magnet",
    "Electric motor", "Heat exchanger", "Connector", "Alloy sheet", "Catalyst", "Sensor"
  };
  private static final String[] DESCRIPTIONS_FR = {
    "Module batterie", "Câble, 3 conducteurs", "Carte électronique", "Aimant permanent",
    "Moteur électrique", "Échangeur thermique", "Connecteur", "Tôle d'alliage", "Catalyseur",
    "Capteur"
  };

  private static final int TOTAL_WEIGHT;

  static {
    int t = 0;
    for (Material x : MATERIALS) {
      t += x.weight;
    }
    TOTAL_WEIGHT = t;
  }

  private SyntheticLedger() {}

  private static Material m(
      String id, String en, String fr, int weight, double scale, double price, String mines,
      String refiners) {
    return new Material(id, en, fr, weight, scale, price, mines.split(" "), refiners.split(" "));
  }

  /**
   * Writes {@code lines} data lines after the header, in UTF-8 (the stream is flushed, not closed).
   *
   * @param french French headers, ';' and decimal comma instead of English, ',' and point
   */
  public static void write(long lines, long seed, boolean french, OutputStream out)
      throws IOException {
    if (lines < 0) {
      throw new ProblemException(Problem.error("ledger.negative_lines", lines));
    }
    char sep = french ? ';' : ',';
    char dec = french ? ',' : '.';
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    LedgerField[] header = {
      LedgerField.ITEM, LedgerField.DESCRIPTION, LedgerField.MATERIAL, LedgerField.MASS_KG,
      LedgerField.SUPPLIER, LedgerField.SUPPLIER_COUNTRY, LedgerField.SPEND_EUR,
      LedgerField.ORIGIN_COUNTRY, LedgerField.REFINER_COUNTRY, LedgerField.SMELTER_ID,
      LedgerField.RECYCLED_SHARE, LedgerField.YEAR
    };
    for (int i = 0; i < header.length; i++) {
      if (i > 0) {
        w.write(sep);
      }
      w.write(french ? header[i].frenchHeader() : header[i].id());
    }
    w.write('\n');
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(160);
    for (long n = 0; n < lines; n++) {
      sb.setLength(0);
      Material mat = pick(r);
      sb.append("P-").append(100_000 + r.nextInt(20_000)).append(sep);
      if (r.nextInt(2) == 0) {
        String d = (french ? DESCRIPTIONS_FR : DESCRIPTIONS)[r.nextInt(DESCRIPTIONS.length)];
        quoted(sb, d, sep);
      }
      sb.append(sep);
      int form = r.nextInt(20);
      sb.append(form < 12 ? mat.id : form < 17 ? mat.en : mat.fr).append(sep);
      // log-uniform between 0.5 and 5000 kg, times the mineral's scale
      double kg = Math.exp(Math.log(0.5) + r.nextDouble() * Math.log(10_000)) * mat.scale;
      decimal(sb, kg, 1000, dec);
      sb.append(sep);
      int supplier = r.nextInt(800);
      sb.append(french ? "Fournisseur " : "Supplier ").append(supplier).append(sep);
      sb.append(BUYER_COUNTRIES[supplier % BUYER_COUNTRIES.length]).append(sep);
      if (r.nextInt(10) < 9) {
        decimal(sb, kg * mat.eurPerKg * (0.8 + 0.4 * r.nextDouble()), 100, dec);
      }
      sb.append(sep);
      if (r.nextInt(100) < 35) {
        sb.append(mat.mines[r.nextInt(mat.mines.length)]);
      }
      sb.append(sep);
      if (r.nextInt(100) < 50) {
        sb.append(mat.refiners[r.nextInt(mat.refiners.length)]);
      }
      sb.append(sep);
      if (r.nextInt(100) < 20) {
        int cid = 1 + r.nextInt(3_000);
        sb.append("CID");
        for (int z = 100_000; z > 1 && cid < z; z /= 10) {
          sb.append('0');
        }
        sb.append(cid);
      }
      sb.append(sep);
      if (r.nextInt(100) < 15) {
        decimal(sb, 0.05 + 0.9 * r.nextDouble(), 100, dec);
      }
      sb.append(sep).append(2023 + r.nextInt(3)).append('\n');
      w.append(sb);
    }
    w.flush();
  }

  private static Material pick(SplittableRandom r) {
    int x = r.nextInt(TOTAL_WEIGHT);
    for (Material m : MATERIALS) {
      x -= m.weight;
      if (x < 0) {
        return m;
      }
    }
    throw new AssertionError();
  }

  /** Appends a non-negative value rounded to 1/scale (scale 100 or 1000), without String.format. */
  private static void decimal(StringBuilder sb, double v, int scale, char dec) {
    long units = Math.round(v * scale);
    sb.append(units / scale);
    long frac = units % scale;
    if (frac != 0) {
      sb.append(dec);
      for (int z = scale / 10; z > 1 && frac < z; z /= 10) {
        sb.append('0');
      }
      long f = frac;
      while (f % 10 == 0) {
        f /= 10;
      }
      sb.append(f);
    }
  }

  private static void quoted(StringBuilder sb, String s, char sep) {
    if (s.indexOf(sep) >= 0 || s.indexOf('"') >= 0) {
      sb.append('"').append(s.replace("\"", "\"\"")).append('"');
    } else {
      sb.append(s);
    }
  }
}
