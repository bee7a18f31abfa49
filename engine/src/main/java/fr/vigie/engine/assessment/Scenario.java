package fr.vigie.engine.assessment;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.mineral.Minerals;
import fr.vigie.engine.io.Fields;
import fr.vigie.engine.io.YamlNode;
import fr.vigie.engine.io.YamlReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A what-if on the purchase ledger: per filiere, new origin or refining countries (with shares of
 * the mass), a recycled share, or a volume factor. Applied to the ledger's aggregates before the
 * assessment runs again, so that the baseline and the scenario can be compared (docs/assessment.md).
 *
 * <pre>{@code
 * name: Half our cobalt refined in Finland
 * filieres:
 *   cobalt:
 *     refining_countries: {FI: 0.5}   # half the mass; the other half keeps its baseline mix
 *   nickel: {recycled_share: 0.3}
 *   tin: {volume_factor: 0.5}
 * }</pre>
 *
 * @param name what the scenario is
 * @param source file name, for messages
 * @param overrides one per filiere, in file order
 */
public record Scenario(String name, String source, List<Change> overrides) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    overrides = List.copyOf(overrides);
  }

  /**
   * What a scenario changes in one filiere.
   *
   * @param material the mineral
   * @param originCountries country to share of the mass that comes from it (shares sum to 1 at most;
   *     the rest keeps the baseline origins, known or not)
   * @param refiningCountries the same for the refining countries
   * @param recycledShare the new recycled share of the mass, in [0,1]
   * @param volumeFactor the factor applied to the mass and spend (0 or more)
   */
  public record Change(
      MineralId material,
      Map<Country, Double> originCountries,
      Map<Country, Double> refiningCountries,
      Optional<Double> recycledShare,
      Optional<Double> volumeFactor) {
    public Change {
      Objects.requireNonNull(material, "material");
      originCountries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(originCountries));
      refiningCountries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(refiningCountries));
      Objects.requireNonNull(recycledShare, "recycledShare");
      Objects.requireNonNull(volumeFactor, "volumeFactor");
    }

    /** The override as readable lines, e.g. {@code cobalt: refined in FIN 50% of the mass}. */
    public List<Text> describe() {
      List<Text> out = new ArrayList<>();
      Term m = Phrases.mineral(material.value());
      if (!originCountries.isEmpty()) {
        out.add(Text.of("assessment.scenario.origin", m, shares(originCountries)));
      }
      if (!refiningCountries.isEmpty()) {
        out.add(Text.of("assessment.scenario.refined", m, shares(refiningCountries)));
      }
      recycledShare.ifPresent(r -> out.add(Text.of("assessment.scenario.recycled", m, r)));
      volumeFactor.ifPresent(v -> out.add(Text.of("assessment.scenario.volume", m, v)));
      return out;
    }

    private static Object shares(Map<Country, Double> m) {
      List<Text> parts = new ArrayList<>();
      m.forEach((c, s) -> parts.add(Phrases.share(c.alpha3(), s)));
      return Phrases.list(parts);
    }

    /**
     * The filiere under this override. Countries: each listed country gets its share of the mass;
     * the baseline masses (known countries and unknown rest alike) are scaled by one minus the sum
     * of the shares. Recycled share: the recycled mass becomes share x mass. Volume: every mass and
     * the spend are multiplied by the factor.
     */
    public FiliereAggregate apply(FiliereAggregate f) {
      double m = f.massKg();
      Map<Country, Double> origin = f.massByOriginCountry();
      double knownOrigin = f.massKnownOriginKg();
      if (!originCountries.isEmpty()) {
        double s = originCountries.values().stream().mapToDouble(Double::doubleValue).sum();
        origin = moved(origin, originCountries, s, m);
        knownOrigin = knownOrigin * (1 - s) + s * m;
      }
      Map<Country, Double> refiner = f.massByRefinerCountry();
      double knownRefiner = f.massKnownRefinerKg();
      if (!refiningCountries.isEmpty()) {
        double s = refiningCountries.values().stream().mapToDouble(Double::doubleValue).sum();
        refiner = moved(refiner, refiningCountries, s, m);
        knownRefiner = knownRefiner * (1 - s) + s * m;
      }
      double recycled = recycledShare.map(r -> r * m).orElse(f.recycledMassKg());
      double k = volumeFactor.orElse(1.0);
      // the recovery countries keep their proportions of the recycled mass
      double recoveryFactor = f.recycledMassKg() > 0 ? recycled / f.recycledMassKg() : 0;
      return new FiliereAggregate(f.material(), f.lines(), m * k, f.spendEur() * k, knownOrigin * k,
          knownRefiner * k, f.massWithSmelterIdKg() * k, recycled * k, f.suppliers(), f.smelters(),
          scaled(origin, k), scaled(refiner, k), scaled(f.recycledMassByCountry(), recoveryFactor * k));
    }

    private static Map<Country, Double> moved(
        Map<Country, Double> baseline, Map<Country, Double> shares, double sum, double mass) {
      Map<Country, Double> out = new LinkedHashMap<>();
      baseline.forEach((c, v) -> out.put(c, v * (1 - sum)));
      shares.forEach((c, s) -> out.merge(c, s * mass, Double::sum));
      out.values().removeIf(v -> v <= 0);
      return out;
    }

    private static Map<Country, Double> scaled(Map<Country, Double> m, double k) {
      Map<Country, Double> out = new LinkedHashMap<>();
      m.forEach((c, v) -> out.put(c, v * k));
      return out;
    }
  }

  /** The override of a filiere, when the scenario has one. */
  public Optional<Change> override(MineralId material) {
    return overrides.stream().filter(o -> o.material().equals(material)).findFirst();
  }

  /** Reads a scenario file; every problem is refused with the file, line and key. */
  public static Scenario read(Path file, Minerals minerals, Countries countries) {
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return read(source, YamlReader.read(file), minerals, countries);
  }

  /** Reads scenario YAML text; {@code source} names it in messages. */
  public static Scenario read(String source, String yaml, Minerals minerals, Countries countries) {
    return read(source, YamlReader.read(source, new StringReader(yaml), false), minerals, countries);
  }

  private static Scenario read(String source, YamlNode root, Minerals minerals, Countries countries) {
    Fields f = Fields.of(source, root, "the scenario");
    f.allow("name", "filieres");
    f.rejectUnknown();
    String name = f.string("name");
    YamlNode node = f.node("filieres")
        .orElseThrow(() -> f.problem(f.line(), "filieres", "scenario.missing_filieres"));
    if (!(node instanceof YamlNode.Mapping map) || map.entries().isEmpty()) {
      throw f.problemAt("filieres", "scenario.filieres_not_mapping");
    }
    List<Change> out = new ArrayList<>();
    for (YamlNode.Entry e : map.entries().values()) {
      MineralId material = minerals.find(e.key())
          .orElseThrow(() -> f.problem(e.keyLine(), "filieres." + e.key(), "scenario.unknown_mineral", e.key()))
          .id();
      if (out.stream().anyMatch(o -> o.material().equals(material))) {
        throw f.problem(e.keyLine(), "filieres." + e.key(), "scenario.changed_twice", material.value());
      }
      Fields o = Fields.of(source, e.value(), "the changes of filiere '" + e.key() + "'");
      o.allow("origin_countries", "refining_countries", "recycled_share", "volume_factor");
      o.rejectUnknown();
      Map<Country, Double> origin = countryShares(o, "origin_countries", countries);
      Map<Country, Double> refining = countryShares(o, "refining_countries", countries);
      Optional<Double> recycled = o.optDecimal("recycled_share").map(BigDecimal::doubleValue);
      if (recycled.isPresent() && (recycled.get() < 0 || recycled.get() > 1)) {
        throw o.problemAt("recycled_share", "scenario.recycled_share", Fmt.number(recycled.get()));
      }
      Optional<Double> volume = o.optDecimal("volume_factor").map(BigDecimal::doubleValue);
      if (volume.isPresent() && volume.get() < 0) {
        throw o.problemAt("volume_factor", "scenario.volume_factor", Fmt.number(volume.get()));
      }
      if (origin.isEmpty() && refining.isEmpty() && recycled.isEmpty() && volume.isEmpty()) {
        throw o.problem(e.keyLine(), "filieres." + e.key(), "scenario.no_change", e.key());
      }
      out.add(new Change(material, origin, refining, recycled, volume));
    }
    return new Scenario(name, source, out);
  }

  private static Map<Country, Double> countryShares(Fields o, String key, Countries countries) {
    Optional<YamlNode> node = o.node(key);
    if (node.isEmpty()) {
      return Map.of();
    }
    if (!(node.get() instanceof YamlNode.Mapping m) || m.entries().isEmpty()) {
      throw o.problem(node.get().line(), key, "scenario.shares_not_mapping", key);
    }
    Fields shares = Fields.of(o.source(), m, key);
    Map<Country, Double> out = new LinkedHashMap<>();
    double sum = 0;
    for (YamlNode.Entry e : m.entries().values()) {
      Country c = countries.find(e.key())
          .orElseThrow(() -> o.problem(e.keyLine(), key + "." + e.key(), "scenario.unknown_country", e.key(), key));
      double s = shares.toDecimal(e.key(), e.value()).doubleValue();
      if (!(s > 0 && s <= 1)) {
        throw o.problem(e.value().line(), key + "." + e.key(), "scenario.share_range", e.key(), Fmt.number(s));
      }
      if (out.put(c, s) != null) {
        throw o.problem(e.keyLine(), key + "." + e.key(), "scenario.country_twice", c.alpha3(), key);
      }
      sum += s;
    }
    if (sum > 1 + 1e-9) {
      throw o.problem(node.get().line(), key, "scenario.shares_sum", key, Fmt.number(sum));
    }
    return out;
  }
}
