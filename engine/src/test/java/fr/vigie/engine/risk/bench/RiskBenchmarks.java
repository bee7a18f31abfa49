package fr.vigie.engine.risk.bench;

import fr.vigie.engine.production.CountryShare;

import fr.vigie.engine.risk.Concentration;
import fr.vigie.engine.risk.CountryRisk;
import fr.vigie.engine.risk.CountryRiskScorer;

import fr.vigie.engine.risk.IndicatorSource;
import fr.vigie.engine.risk.IndicatorReading;
import fr.vigie.engine.risk.Methodology;
import fr.vigie.engine.risk.StageRiskCalculator;
import fr.vigie.engine.valuechain.Stage;
import java.util.OptionalDouble;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Placeholder over synthetic data; replaced by the reference-data benchmark. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RiskBenchmarks {
  CountryRiskScorer scorer;
  List<String> countries = new ArrayList<>();
  List<List<CountryShare>> stages = new ArrayList<>();

  @Setup
  public void setUp() {
    Methodology m = Methodology.loadDefault();
    Random rnd = new Random(1);
    Map<String, Map<String, IndicatorReading>> values = new HashMap<>();
    for (int i = 0; i < 250; i++) {
      String iso = "C" + i;
      countries.add(iso);
      Map<String, IndicatorReading> v = new HashMap<>();
      for (String id : Methodology.REFERENCE_INDICATORS) {
        v.put(id, new IndicatorReading(rnd.nextDouble(), 2023, "x"));
      }
      values.put(iso, v);
    }
    scorer = new CountryRiskScorer(m, IndicatorSource.of(values));
    for (int s = 0; s < 60; s++) {
      List<CountryShare> shares = new ArrayList<>();
      for (int c = 0; c < 20; c++) {
        shares.add(new CountryShare(countries.get(rnd.nextInt(250)), 0.05, OptionalDouble.empty()));
      }
      stages.add(shares);
    }
  }

  @Benchmark
  public double allCountries() {
    double sum = 0;
    for (String iso : countries) {
      sum += scorer.score(iso).confidence();
    }
    return sum;
  }

  @Benchmark
  public double allStagesHhi() {
    double sum = 0;
    for (List<CountryShare> s : stages) {
      sum += Concentration.hhi(s);
    }
    return sum;
  }

  @Benchmark
  public Object oneStage() {
    Map<String, CountryRisk> cache = new HashMap<>();
    return new StageRiskCalculator(scorer.methodology())
        .compute(Stage.EXTRACTION, List.of(), stages.get(0), iso -> cache.computeIfAbsent(iso, scorer::score));
  }
}
