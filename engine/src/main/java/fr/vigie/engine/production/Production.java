package fr.vigie.engine.production;

import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Production by country and stage: every series of every source, the preferred one per mineral and
 * stage (chosen by {@link SourcePrecedence}), and the EU study's trade factor {@code t}.
 */
public final class Production {
  private record Key(MineralId mineral, Stage stage) {}

  private record TradeKey(MineralId mineral, Stage stage, String alpha3) {}

  private final Map<Key, List<ProductionSeries>> series;
  private final Map<TradeKey, Double> tradeFactors;

  /**
   * @param series every series
   * @param tradeFactors the EU study's trade factor t by mineral, stage and alpha-3 code
   */
  public Production(Collection<ProductionSeries> series, Collection<TradeFactor> tradeFactors) {
    Map<Key, List<ProductionSeries>> m = new LinkedHashMap<>();
    for (ProductionSeries s : series) {
      m.computeIfAbsent(new Key(s.mineral(), s.stage()), k -> new ArrayList<>()).add(s);
    }
    Map<Key, List<ProductionSeries>> sorted = new LinkedHashMap<>();
    m.forEach((k, v) -> sorted.put(k, v.stream().sorted(SourcePrecedence.ORDER).toList()));
    this.series = Collections.unmodifiableMap(sorted);
    Map<TradeKey, Double> t = new LinkedHashMap<>();
    tradeFactors.forEach(f -> t.put(new TradeKey(f.mineral(), f.stage(), f.alpha3()), f.t()));
    this.tradeFactors = Collections.unmodifiableMap(t);
  }

  /** One trade factor of the EU study (1 baseline, 0.8 EU or trade agreement, above 1 restrictions). */
  public record TradeFactor(MineralId mineral, Stage stage, String alpha3, double t) {}

  /** The preferred series for a mineral and stage, by {@link SourcePrecedence}. */
  public Optional<ProductionSeries> preferred(MineralId mineral, Stage stage) {
    return all(mineral, stage).stream().findFirst();
  }

  /** Every series for a mineral and stage, preferred first (for comparison). */
  public List<ProductionSeries> all(MineralId mineral, Stage stage) {
    return series.getOrDefault(new Key(mineral, stage), List.of());
  }

  /** The stages for which a mineral has at least one series, in stage order. */
  public Set<Stage> stages(MineralId mineral) {
    Set<Stage> s = new TreeSet<>();
    series.keySet().stream().filter(k -> k.mineral().equals(mineral)).forEach(k -> s.add(k.stage()));
    return Collections.unmodifiableSet(s);
  }

  /** The minerals with at least one series. */
  public Set<MineralId> minerals() {
    Set<MineralId> s = new TreeSet<>();
    series.keySet().forEach(k -> s.add(k.mineral()));
    return Collections.unmodifiableSet(s);
  }

  /** Every series. */
  public List<ProductionSeries> allSeries() {
    return series.values().stream().flatMap(List::stream).toList();
  }

  /** The EU study's trade factor t for a country, when the appendix lists it. */
  public OptionalDouble tradeFactor(MineralId mineral, Stage stage, String alpha3) {
    Double t = tradeFactors.get(new TradeKey(mineral, stage, alpha3));
    return t == null ? OptionalDouble.empty() : OptionalDouble.of(t);
  }

  /** Every trade factor of a mineral and stage, by alpha-3 code. */
  public Map<String, Double> tradeFactors(MineralId mineral, Stage stage) {
    Map<String, Double> m = new TreeMap<>();
    tradeFactors.forEach(
        (k, v) -> {
          if (k.mineral().equals(mineral) && k.stage() == stage) {
            m.put(k.alpha3(), v);
          }
        });
    return Collections.unmodifiableMap(m);
  }
}
