package fr.vigie.engine.risk.bench;

import fr.vigie.engine.country.Country;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.risk.CountryRiskScorer;
import fr.vigie.engine.risk.Methodology;
import fr.vigie.engine.risk.RiskEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Risk computations over the full shipped reference data, once it is loaded (loading is measured
 * by {@code bin/vigie data check}). Scores are per operation: per country, per mineral. Run with
 * {@code ./mvnw -B -q -pl engine -Pbench clean test-compile exec:exec} (see docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RiskBenchmarks {
  /** Operations per invocation below: the counts of the shipped data (checked in setUp). */
  static final int COUNTRIES = 249;
  static final int MINERALS = 30;

  ReferenceData data;
  List<String> countries;
  List<MineralId> minerals;
  CountryRiskScorer scorer;
  RiskEngine warm;

  @Setup
  public void setUp() {
    data = ReferenceData.loadDefault();
    countries = data.countries().all().stream().map(Country::alpha3).toList();
    minerals = data.minerals().all().stream().map(Mineral::id).toList();
    if (countries.size() != COUNTRIES || minerals.size() != MINERALS) {
      throw new IllegalStateException("update COUNTRIES/MINERALS: " + countries.size() + "/" + minerals.size());
    }
    Methodology m = Methodology.loadDefault();
    scorer = new CountryRiskScorer(m, RiskEngine.referenceSource(data));
    warm = RiskEngine.of(data, m);
    countries.forEach(warm::country);
  }

  /** Country risk of every country, three categories each, no cache: time per country. */
  @Benchmark
  @OperationsPerInvocation(COUNTRIES)
  public void countryRisk(Blackhole bh) {
    for (String c : countries) {
      bh.consume(scorer.score(c));
    }
  }

  /** Stage risks (extraction, pre-treatment, refining) of every mineral, country risks cached: time per mineral. */
  @Benchmark
  @OperationsPerInvocation(MINERALS)
  public void mineralRisk(Blackhole bh) {
    for (MineralId m : minerals) {
      bh.consume(warm.mineral(m));
    }
  }

  /** The same from a fresh engine (every producing country scored on first use): time per mineral. */
  @Benchmark
  @OperationsPerInvocation(MINERALS)
  public void mineralRiskColdCountries(Blackhole bh) {
    RiskEngine cold = RiskEngine.of(data, warm.methodology());
    for (MineralId m : minerals) {
      bh.consume(cold.mineral(m));
    }
  }

  /** HHI and HHI_WGI,t of both stages and the gross supply risk of every mineral: time per mineral. */
  @Benchmark
  @OperationsPerInvocation(MINERALS)
  public void supplyRisk(Blackhole bh) {
    for (MineralId m : minerals) {
      bh.consume(warm.supply(m));
    }
  }
}
