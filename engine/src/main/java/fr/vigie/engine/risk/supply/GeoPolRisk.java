package fr.vigie.engine.risk.supply;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.Explanation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * GeoPolRisk of an importer for one material and year (Gemechu et al. 2015, J. Ind. Ecol. 20(1);
 * Koyamparambath et al. 2024, Resour. Conserv. Recycl. 209, 107801):
 *
 * <pre>
 *   score = HHI_A x sum_i (g_i x f_Aic) / (p_Ac + F_Ac)
 *   HHI_A = sum_i P_Ai^2 / (sum_i P_Ai)^2          over the world's producing countries i
 *   g_i   = (2.5 - PV_i) / 5                          PV_i: WGI political stability estimate of i
 *         = 0.5 where PV_i is missing
 *         = 0   where i is inside the importer's region
 * </pre>
 *
 * with {@code f_Aic} the importer's imports from {@code i}, {@code F_Ac} its total imports and
 * {@code p_Ac} its own production (0 for a company). The second factor is reported as
 * {@code import_risk}.
 */
public final class GeoPolRisk {
  private GeoPolRisk() {}

  /** World production of a producing country, in any one unit, >= 0. */
  public record Producer(String iso3, double production) {
    public Producer {
      Objects.requireNonNull(iso3, "iso3");
      if (!(production >= 0) || !Double.isFinite(production)) {
        throw new IllegalArgumentException("production of " + iso3 + " must be >= 0, got " + production);
      }
    }
  }

  /** Imports from one origin country, >= 0, in the importer's unit (e.g. tonnes). */
  public record Import(String iso3, double quantity) {
    public Import {
      Objects.requireNonNull(iso3, "iso3");
      if (!(quantity >= 0) || !Double.isFinite(quantity)) {
        throw new IllegalArgumentException("import quantity from " + iso3 + " must be >= 0, got " + quantity);
      }
    }
  }

  /**
   * Who imports.
   *
   * @param name for display, e.g. {@code FRA} or {@code company}
   * @param region ISO3 codes of the importer's region (partners inside it have g = 0); empty for a
   *     company with no region
   * @param ownProduction p_Ac, the importer's own production (0 for a company)
   */
  public record Importer(String name, Set<String> region, double ownProduction) {
    public Importer {
      Objects.requireNonNull(name, "name");
      region = Set.copyOf(region);
      if (!(ownProduction >= 0) || !Double.isFinite(ownProduction)) {
        throw new IllegalArgumentException("own production must be >= 0, got " + ownProduction);
      }
    }

    /** A company with no production of its own and no region. */
    public static Importer company() {
      return new Importer("company", Set.of(), 0.0);
    }
  }

  /**
   * The result.
   *
   * @param hhi HHI_A of world production (0-1)
   * @param importRisk {@code sum(g_i f_i) / (p + F)}
   * @param score {@code hhi x importRisk}
   * @param explanation each partner's g and term
   */
  public record Result(double hhi, double importRisk, double score, Explanation explanation) {}

  /**
   * @param production world production by country
   * @param unattributed world production the source does not attribute to a country ("other
   *     countries"), same unit, >= 0: it counts in {@code sum_i P_Ai} but adds no square (it is
   *     spread over many small producers)
   * @param imports the importer's imports by origin (an origin listed twice is summed)
   * @param importer the importer
   * @param politicalStability WGI political stability estimate of a country, empty when missing
   */
  public static Result compute(
      Collection<Producer> production, double unattributed, Collection<Import> imports, Importer importer,
      Function<String, OptionalDouble> politicalStability) {
    if (!(unattributed >= 0) || !Double.isFinite(unattributed)) {
      throw new IllegalArgumentException("unattributed production must be >= 0, got " + unattributed);
    }
    double total = unattributed;
    double squares = 0.0;
    for (Producer p : production) {
      total += p.production();
      squares += p.production() * p.production();
    }
    if (!(total > 0)) {
      throw new ProblemException(Problem.error("risk.no_world_production"));
    }
    double hhi = squares / (total * total);
    double imported = 0.0;
    double weighted = 0.0;
    List<Explanation> terms = new ArrayList<>();
    for (Import f : imports) {
      double g;
      String basis;
      OptionalDouble pv = OptionalDouble.empty();
      if (importer.region().contains(f.iso3())) {
        g = 0.0;
        basis = "inside the importer's region";
      } else {
        pv = politicalStability.apply(f.iso3());
        if (pv.isPresent()) {
          g = (2.5 - pv.getAsDouble()) / 5.0;
          basis = "(2.5 - PV) / 5";
        } else {
          g = 0.5;
          basis = "political stability missing";
        }
      }
      imported += f.quantity();
      weighted += g * f.quantity();
      terms.add(Explanation.of(f.iso3(), List.of(), "quantity", f.quantity(),
          "pv", pv.isPresent() ? (Object) pv.getAsDouble() : null, "g", g, "basis", basis,
          "g_x_f", g * f.quantity()));
    }
    double denominator = importer.ownProduction() + imported;
    if (!(denominator > 0)) {
      throw new ProblemException(Problem.error("risk.geopolrisk_undefined"));
    }
    double importRisk = weighted / denominator;
    double score = hhi * importRisk;
    Explanation ex = Explanation.of("geopolrisk " + importer.name(),
        List.of(Explanation.of("import_risk", terms, "value", importRisk, "own_production",
            importer.ownProduction(), "total_imports", imported)),
        "hhi", hhi, "import_risk", importRisk, "score", score,
        "formula", "HHI x sum(g_i f_i) / (p + F)");
    return new Result(hhi, importRisk, score, ex);
  }
}
