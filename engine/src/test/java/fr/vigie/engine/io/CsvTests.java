package fr.vigie.engine.io;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

  @Test
  void parsesQuotedFieldsAndKeepsLineNumbers() {
    Csv.Table t = Csv.parse("f.csv", "\uFEFFa,b\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"multi\nline\",2\r\nlast,3");
    assertThat(t.header()).containsExactly("a", "b");
    assertThat(t.rows()).hasSize(3);
    assertThat(t.rows().get(0).get("a")).isEqualTo("x, y");
    assertThat(t.rows().get(0).get("b")).isEqualTo("say \"hi\"");
    assertThat(t.rows().get(1).line()).isEqualTo(4);
    assertThat(t.rows().get(1).get("a")).isEqualTo("multi\nline");
    assertThat(t.rows().get(2).line()).isEqualTo(6);
  }

  @Test
  void writesWhatItReads() {
    String line = Csv.line(List.of("a,b", "c\"d", "plain"));
    assertThat(line).isEqualTo("\"a,b\",\"c\"\"d\",plain\n");
    Csv.Table t = Csv.parse("f.csv", "x,y,z\n" + line);
    assertThat(t.rows().get(0).get("y")).isEqualTo("c\"d");
  }

  @Test
  void refusesMalformedInput() {
    assertThatThrownBy(() -> Csv.parse("f.csv", "a,b\n\"open,1\n"))
        .isInstanceOf(ProblemException.class)
        .hasMessage("f.csv:2: unclosed quoted field");
    assertThatThrownBy(() -> Csv.parse("f.csv", "a,b\n1,2,3\n"))
        .isInstanceOf(ProblemException.class)
        .hasMessage("f.csv:2: 3 fields but the header has 2");
    assertThatThrownBy(() -> Csv.parse("f.csv", ""))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("empty file");
    Csv.Row row = Csv.parse("f.csv", "n\nabc\n").rows().get(0);
    assertThatThrownBy(() -> row.number("n")).hasMessage("f.csv:2 (n): column 'n' is not a number: 'abc'");
    assertThatThrownBy(() -> row.required("m")).hasMessage("f.csv:2 (m): column 'm' is empty");
  }
}
