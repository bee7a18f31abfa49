package fr.vigie.engine.duediligence;

import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The mining-specific due-diligence signals of the reference data, per country: labour flags, EU
 * CAHRA listing, armed-conflict years, and the four indicators a methodology can use from them.
 *
 * <pre>{@code
 * DueDiligence dd = ReferenceData.loadDefault().dueDiligence();
 * dd.isCahraListed("MMR");                            // true
 * dd.isCahraListed("COD", "CD-NK");                   // true (North Kivu)
 * dd.labourFlags("COD", MineralId.of("cobalt"));      // [Cobalt ore (heterogenite): child labour]
 * }</pre>
 *
 * <p>The indicators, all "higher is worse", and never missing for a country (the lists cover the
 * world: a country absent from a list scores 0):
 *
 * <ul>
 *   <li>{@value #CAHRA}: 1 when the whole country is designated, 0.75 when at least one designated
 *       region is conflict-affected, 0.5 when its designated regions are only high-risk, 0 otherwise;
 *   <li>{@value #CONFLICT}: the sum over the {@value #CONFLICT_WINDOW} latest years of the dataset of
 *       the year's highest conflict intensity (0 none, 1 minor, 2 war), so 0 to 10;
 *   <li>{@value #CHILD_LABOUR} and {@value #FORCED_LABOUR}: 1 when the list names a good of the
 *       country for child (forced) labour, else 0. For a mineral at a stage ({@link Context}), only
 *       the goods mapped to that mineral and stage count; for the country alone, every mining good
 *       of the list does.
 * </ul>
 */
public final class DueDiligence {
  /** Indicator id: EU CAHRA designation. */
  public static final String CAHRA = "cahra_eu";
  /** Indicator id: UCDP/PRIO state-based armed conflict over the latest years. */
  public static final String CONFLICT = "ucdp_conflict";
  /** Indicator id: child labour on the US DoL list. */
  public static final String CHILD_LABOUR = "ilab_child_labour";
  /** Indicator id: forced labour on the US DoL list. */
  public static final String FORCED_LABOUR = "ilab_forced_labour";
  /** The indicator ids this class provides. */
  public static final List<String> INDICATORS = List.of(CAHRA, CONFLICT, CHILD_LABOUR, FORCED_LABOUR);
  /** Number of latest years of the conflict dataset that {@value #CONFLICT} sums over. */
  public static final int CONFLICT_WINDOW = 5;

  /**
   * What a country's indicator is asked for: a mineral at a stage. Labour flags then count only for
   * the goods mapped to that mineral and stage.
   */
  public record Context(MineralId mineral, Stage stage) {
    public Context {
      Objects.requireNonNull(mineral, "mineral");
      Objects.requireNonNull(stage, "stage");
    }
  }

  /**
   * An indicator value with its year and the catalog id of its source.
   *
   * @param value the raw value on the indicator's scale
   * @param year the year it describes
   * @param source catalog id
   */
  public record Value(double value, int year, String source) {}

  private final Map<String, List<LabourFlag>> flags;
  private final Map<String, CahraListing> cahra;
  private final Map<String, List<ConflictYear>> conflicts;
  private final String labourSource;
  private final String cahraSource;
  private final int cahraYear;
  private final String conflictSource;
  private final int latestConflictYear;
  private final int labourYear;

  /**
   * @param flags every labour flag
   * @param cahra every EU CAHRA listing
   * @param conflicts every conflict-year
   * @param labourSource catalog id of the labour list (for countries without a flag)
   * @param labourYear the year of the labour list
   * @param conflictSource catalog id of the conflict dataset
   * @param latestConflictYear the last year the conflict dataset covers
   * @param cahraSource catalog id of the CAHRA list
   * @param cahraYear the year of the CAHRA list
   */
  public DueDiligence(
      List<LabourFlag> flags, List<CahraListing> cahra, List<ConflictYear> conflicts, String labourSource,
      int labourYear, String conflictSource, int latestConflictYear, String cahraSource, int cahraYear) {
    Map<String, List<LabourFlag>> f = new HashMap<>();
    flags.forEach(x -> f.computeIfAbsent(x.iso3(), k -> new ArrayList<>()).add(x));
    f.replaceAll((k, v) -> List.copyOf(v));
    this.flags = Map.copyOf(f);
    Map<String, CahraListing> c = new TreeMap<>();
    cahra.forEach(x -> c.put(x.iso3(), x));
    this.cahra = Map.copyOf(c);
    Map<String, List<ConflictYear>> y = new HashMap<>();
    conflicts.forEach(x -> y.computeIfAbsent(x.iso3(), k -> new ArrayList<>()).add(x));
    y.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt(ConflictYear::year)).toList());
    this.conflicts = Map.copyOf(y);
    this.labourSource = labourSource;
    this.labourYear = labourYear;
    this.conflictSource = conflictSource;
    this.latestConflictYear = latestConflictYear;
    this.cahraSource = cahraSource;
    this.cahraYear = cahraYear;
  }

  /** The labour flags of a country (every good of the list, mapped to a mineral or not). */
  public List<LabourFlag> labourFlags(String iso3) {
    return flags.getOrDefault(iso3, List.of());
  }

  /** The labour flags of a country for a mineral, at any stage. */
  public List<LabourFlag> labourFlags(String iso3, MineralId mineral) {
    return labourFlags(iso3).stream()
        .filter(f -> f.mineral().isPresent() && f.mineral().get().equals(mineral))
        .toList();
  }

  /** The labour flags of a country for a mineral at a stage. */
  public List<LabourFlag> labourFlags(String iso3, MineralId mineral, Stage stage) {
    return labourFlags(iso3).stream().filter(f -> f.concerns(mineral, stage)).toList();
  }

  /** Whether the country has any labour flag (so that its indicators depend on the mineral asked). */
  public boolean hasLabourFlags(String iso3) {
    return flags.containsKey(iso3);
  }

  /** The country's EU CAHRA listing, empty when it is not listed. */
  public Optional<CahraListing> cahra(String iso3) {
    return Optional.ofNullable(cahra.get(iso3));
  }

  /** Every EU CAHRA listing, by country code. */
  public Map<String, CahraListing> cahraListings() {
    return cahra;
  }

  /** Whether the country is on the EU CAHRA list, as a whole or by at least one region. */
  public boolean isCahraListed(String iso3) {
    return cahra.containsKey(iso3);
  }

  /**
   * Whether a region of a country is on the EU CAHRA list: the whole country is designated, or the
   * region (ISO 3166-2 code such as {@code CD-NK}) is.
   */
  public boolean isCahraListed(String iso3, String regionCode) {
    CahraListing l = cahra.get(iso3);
    return l != null && l.covers(regionCode);
  }

  /** The catalog id and date of the CAHRA list. */
  public String cahraSource() {
    return cahraSource;
  }

  /** The country's conflict-years, oldest first. */
  public List<ConflictYear> conflictYears(String iso3) {
    return conflicts.getOrDefault(iso3, List.of());
  }

  /** The country's conflict-year for a year, empty when no conflict was located there that year. */
  public Optional<ConflictYear> conflictYear(String iso3, int year) {
    return conflictYears(iso3).stream().filter(c -> c.year() == year).findFirst();
  }

  /** The last year the conflict dataset covers. */
  public int latestConflictYear() {
    return latestConflictYear;
  }

  /** Catalog id of the conflict dataset. */
  public String conflictSource() {
    return conflictSource;
  }

  /** Catalog id of the labour list. */
  public String labourSource() {
    return labourSource;
  }

  /** Whether the id is one of this class's indicators. */
  public static boolean provides(String indicatorId) {
    return INDICATORS.contains(indicatorId);
  }

  /**
   * A country's value of one of the indicators ({@link #INDICATORS}), for the country alone or for a
   * mineral at a stage; empty for any other indicator id.
   */
  public Optional<Value> value(String indicatorId, String iso3, Optional<Context> context) {
    return switch (indicatorId.toLowerCase(Locale.ROOT)) {
      case CAHRA -> Optional.of(new Value(cahraValue(iso3), cahraYear, cahraSource));
      case CONFLICT -> Optional.of(new Value(conflictValue(iso3), latestConflictYear, conflictSource));
      case CHILD_LABOUR -> Optional.of(new Value(
          flagsFor(iso3, context).stream().anyMatch(LabourFlag::anyChildLabour) ? 1 : 0, labourYear, labourSource));
      case FORCED_LABOUR -> Optional.of(new Value(
          flagsFor(iso3, context).stream().anyMatch(LabourFlag::anyForcedLabour) ? 1 : 0, labourYear, labourSource));
      default -> Optional.empty();
    };
  }

  private List<LabourFlag> flagsFor(String iso3, Optional<Context> context) {
    return context.map(c -> labourFlags(iso3, c.mineral(), c.stage())).orElseGet(() -> labourFlags(iso3));
  }

  /** {@value #CAHRA}: 1 whole country, 0.75 a conflict-affected region, 0.5 high-risk regions only, 0. */
  double cahraValue(String iso3) {
    CahraListing l = cahra.get(iso3);
    if (l == null) {
      return 0;
    }
    if (l.wholeCountry()) {
      return 1;
    }
    return l.anyConflictAffected() ? 0.75 : 0.5;
  }

  /** {@value #CONFLICT}: sum of the yearly highest intensity over the latest years. */
  double conflictValue(String iso3) {
    int from = latestConflictYear - CONFLICT_WINDOW + 1;
    return conflictYears(iso3).stream()
        .filter(c -> c.year() >= from && c.year() <= latestConflictYear)
        .mapToInt(ConflictYear::maxIntensity)
        .sum();
  }

  /** The value as a double, or empty (for callers that only need the number). */
  public OptionalDouble number(String indicatorId, String iso3, Optional<Context> context) {
    return value(indicatorId, iso3, context).map(v -> OptionalDouble.of(v.value())).orElse(OptionalDouble.empty());
  }
}
