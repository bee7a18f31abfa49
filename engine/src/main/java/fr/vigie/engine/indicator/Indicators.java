package fr.vigie.engine.indicator;

import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Country indicators: the definitions, the latest value per country and, where the reference data
 * ships a series (the WGI from 2015), the value of each year. A missing value stays missing
 * ({@link Optional#empty()}), never zero.
 *
 * <p>Year rule ({@link #value(String, String, int)}): the value of the requested year, else the
 * value of the nearest earlier year the country has, else (the country has no value up to that
 * year) its earliest later value. The value carries the year it describes, so every explanation
 * states which year was used.
 */
public final class Indicators {
  private final Map<String, IndicatorDefinition> definitions;
  private final Map<String, Map<String, IndicatorValue>> values;
  private final Map<String, Map<String, NavigableMap<Integer, IndicatorValue>>> series;

  /**
   * Indicators with one value per country (no series).
   *
   * @param definitions every indicator
   * @param values indicator id to (alpha-3 to value); an id not defined is refused
   */
  public Indicators(
      List<IndicatorDefinition> definitions, Map<String, Map<String, IndicatorValue>> values) {
    this(definitions, values, Map.of());
  }

  /**
   * Indicators from every value of every year: the latest value of a country is its current one.
   *
   * @param definitions every indicator
   * @param all indicator id to (alpha-3 to its values, one per year); an id not defined is refused
   */
  public static Indicators ofSeries(
      List<IndicatorDefinition> definitions, Map<String, Map<String, List<IndicatorValue>>> all) {
    Map<String, Map<String, IndicatorValue>> latest = new LinkedHashMap<>();
    Map<String, Map<String, NavigableMap<Integer, IndicatorValue>>> series = new LinkedHashMap<>();
    all.forEach((id, byCountry) -> byCountry.forEach((iso3, list) -> {
      NavigableMap<Integer, IndicatorValue> years = new TreeMap<>();
      for (IndicatorValue v : list) {
        years.put(v.year(), v);
      }
      if (!years.isEmpty()) {
        latest.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(iso3, years.lastEntry().getValue());
        series.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(iso3, Collections.unmodifiableNavigableMap(years));
      }
    }));
    return new Indicators(definitions, latest, series);
  }

  private Indicators(
      List<IndicatorDefinition> definitions, Map<String, Map<String, IndicatorValue>> values,
      Map<String, Map<String, NavigableMap<Integer, IndicatorValue>>> series) {
    Map<String, IndicatorDefinition> d = new LinkedHashMap<>();
    definitions.forEach(
        x -> {
          if (d.put(x.id(), x) != null) {
            throw new ProblemException(Problem.error("refdata.duplicate_id", Text.of("refdata.kind.indicator"), x.id()));
          }
        });
    Map<String, Map<String, IndicatorValue>> v = new LinkedHashMap<>();
    values.forEach(
        (id, byCountry) -> {
          if (!d.containsKey(id)) {
            throw new ProblemException(Problem.error("refdata.values_unknown_indicator", id));
          }
          v.put(id, Collections.unmodifiableMap(new TreeMap<>(byCountry)));
        });
    this.definitions = Collections.unmodifiableMap(d);
    this.values = Collections.unmodifiableMap(v);
    Map<String, Map<String, NavigableMap<Integer, IndicatorValue>>> s = new LinkedHashMap<>();
    series.forEach((id, byCountry) -> s.put(id, Collections.unmodifiableMap(new TreeMap<>(byCountry))));
    this.series = Collections.unmodifiableMap(s);
  }

  /** Every indicator definition, in file order. */
  public List<IndicatorDefinition> definitions() {
    return List.copyOf(definitions.values());
  }

  public Optional<IndicatorDefinition> definition(String indicatorId) {
    return Optional.ofNullable(definitions.get(indicatorId));
  }

  /** Like {@link #definition} but refuses an unknown id, listing the known ones. */
  public IndicatorDefinition requireDefinition(String indicatorId) {
    return definition(indicatorId)
        .orElseThrow(
            () ->
                new ProblemException(Problem.error("refdata.unknown_indicator", String.valueOf(indicatorId),
                    String.join(", ", definitions.keySet()))));
  }

  /**
   * The latest value of an indicator for a country (ISO alpha-3), empty when the source has none.
   * An unknown indicator id is refused with a {@link fr.vigie.engine.kernel.ProblemException}.
   */
  public Optional<IndicatorValue> value(String indicatorId, String alpha3) {
    requireDefinition(indicatorId);
    Map<String, IndicatorValue> m = values.get(indicatorId);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(alpha3));
  }

  /**
   * The value of an indicator for a country in a year: that year's, else the nearest earlier
   * year's, else the earliest later year's (the value says which year it describes); empty only
   * when the country has no value at all. An indicator shipped without a series has only its latest
   * value.
   */
  public Optional<IndicatorValue> value(String indicatorId, String alpha3, int year) {
    requireDefinition(indicatorId);
    NavigableMap<Integer, IndicatorValue> years =
        series.getOrDefault(indicatorId, Map.of()).get(alpha3);
    if (years == null) {
      return value(indicatorId, alpha3);
    }
    Map.Entry<Integer, IndicatorValue> e = years.floorEntry(year);
    return Optional.ofNullable(e != null ? e : years.ceilingEntry(year)).map(Map.Entry::getValue);
  }

  /** The years an indicator has values for, over all countries (sorted; empty when none). */
  public SortedSet<Integer> years(String indicatorId) {
    requireDefinition(indicatorId);
    SortedSet<Integer> out = new TreeSet<>();
    series.getOrDefault(indicatorId, Map.of()).values().forEach(m -> out.addAll(m.keySet()));
    values.getOrDefault(indicatorId, Map.of()).values().forEach(v -> out.add(v.year()));
    return Collections.unmodifiableSortedSet(out);
  }

  /** Every value of an indicator, by alpha-3 code (sorted). */
  public Map<String, IndicatorValue> values(String indicatorId) {
    requireDefinition(indicatorId);
    return values.getOrDefault(indicatorId, Map.of());
  }
}
