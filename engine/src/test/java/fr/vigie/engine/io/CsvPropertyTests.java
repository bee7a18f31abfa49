package fr.vigie.engine.io;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class CsvPropertyTests {

  /** Whatever the cell text (commas, quotes, line breaks), writing then reading gives it back. */
  @Property
  void writeThenReadGivesTheSameCells(@ForAll @Size(min = 1, max = 5) List<String> cells) {
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
  @Property
  void anyTextParsesOrFailsCleanly(@ForAll String text) {
    try {
      Csv.Table t = Csv.parse("f.csv", text);
      assertThat(t.header()).isNotEmpty();
    } catch (fr.vigie.engine.kernel.ProblemException e) {
      assertThat(e.getMessage()).startsWith("f.csv:");
    }
  }
}
