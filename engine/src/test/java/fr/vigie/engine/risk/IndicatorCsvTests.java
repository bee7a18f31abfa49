package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorCsvTests {
  @TempDir Path dir;

  CustomIndicator ituc(String content) throws IOException {
    Path f = dir.resolve("ituc.csv");
    Files.writeString(f, content);
    return new CustomIndicator("ituc", "ITUC", "ITUC 2024", f, 2024);
  }

  @Test
  void readsValuesWithOrWithoutYear() throws IOException {
    var values = IndicatorCsv.read(ituc("country,value,year\nCOD,5,2023\nChina,5\n"), TestCountries.small());
    assertThat(values.get("COD")).isEqualTo(new IndicatorReading(5, 2023, "ITUC 2024"));
    assertThat(values.get("CHN")).isEqualTo(new IndicatorReading(5, 2024, "ITUC 2024"));
  }

  @Test
  void malformedLinesAreRefusedWithTheirLine() throws IOException {
    CustomIndicator bad = ituc("country,value\nCOD,5+\n");
    assertThatThrownBy(() -> IndicatorCsv.read(bad, TestCountries.small()))
        .isInstanceOf(ProblemException.class).hasMessageEndingWith(":2 (value): column 'value' is not a number: '5+'");
    CustomIndicator twice = ituc("country,value\nCOD,5\nCongo, D.R.,4\n");
    assertThatThrownBy(() -> IndicatorCsv.read(twice, TestCountries.small()))
        .hasMessageContaining(":3: 3 fields but the header has 2");
    CustomIndicator dup = ituc("country,value\nCOD,5\n\"Congo, D.R.\",4\n");
    assertThatThrownBy(() -> IndicatorCsv.read(dup, TestCountries.small()))
        .hasMessageEndingWith(":3 (country): country COD listed twice");
    CustomIndicator year = ituc("country,value,year\nCOD,5,20x4\n");
    assertThatThrownBy(() -> IndicatorCsv.read(year, TestCountries.small()))
        .hasMessageEndingWith(":2 (year): column 'year' is not an integer: '20x4'");
    CustomIndicator unknown = ituc("country,value\nNarnia,1\n");
    assertThatThrownBy(() -> IndicatorCsv.read(unknown, TestCountries.small()))
        .hasMessageEndingWith(":2 (country): unknown country 'Narnia'");
  }
}
