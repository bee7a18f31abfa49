package fr.vigie.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.SeededProperty;
import fr.vigie.engine.Seeds;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the curated CSV reader, each over seeded random cases (see {@link Seeds}). */
class CsvPropertyTests {

  static LongStream seeds() {
    return Seeds.seeds(CsvPropertyTests.class.getName(), 1000);
  }

  /** Whatever the cell text (commas, quotes, line breaks), writing then reading gives it back. */
  @SeededProperty
  @MethodSource("seeds")
  void writeThenReadGivesTheSameCells(long seed) {
    List<String> cells = Seeds.listOf(new Random(seed), 1, 5, r -> Seeds.anyString(r, 0, 30));
    List<String> header = java.util.stream.IntStream.range(0, cells.size()).mapToObj(i -> "c" + i).toList();
    Csv.Table t = Csv.parse("p.csv", Csv.line(header) + Csv.line(cells));
    if (cells.stream().allMatch(String::isBlank) && cells.size() == 1) {
      return; // a single blank cell is a blank line, skipped by design
    }
    assertThat(t.rows()).hasSize(1);
    for (int i = 0; i < cells.size(); i++) {
      assertThat(t.rows().get(0).get("c" + i)).isEqualTo(cells.get(i).trim());
    }
  }

  /** Any text either parses or fails with a ProblemException naming the file: never another error. */
  @SeededProperty
  @MethodSource("seeds")
  void anyTextParsesOrFailsCleanly(long seed) {
    String text = Seeds.anyString(new Random(seed), 0, 255);
    try {
      Csv.Table t = Csv.parse("f.csv", text);
      assertThat(t.header()).isNotEmpty();
    } catch (fr.vigie.engine.kernel.ProblemException e) {
      assertThat(e.getMessage()).startsWith("f.csv:");
    }
  }
}
