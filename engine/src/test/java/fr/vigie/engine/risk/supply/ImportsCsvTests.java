package fr.vigie.engine.risk.supply;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.risk.TestCountries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportsCsvTests {
  @TempDir Path dir;

  Path file(String content) throws IOException {
    Path f = dir.resolve("imports.csv");
    Files.writeString(f, content);
    return f;
  }

  @Test
  void readsIsoCodesNamesAndAliasesAndSumsRepeatedOrigins() throws IOException {
    var imports = ImportsCsv.read(file("\uFEFFcountry,quantity_t\nCHN,60\n\"Congo, D.R.\",10.5\nChina,5\n\nFrance,0\n"),
        TestCountries.small());
    assertThat(imports).containsExactly(
        new GeoPolRisk.Import("CHN", 65), new GeoPolRisk.Import("COD", 10.5), new GeoPolRisk.Import("FRA", 0));
  }

  @Test
  void aNegativeQuantityIsRefusedWithItsLine() throws IOException {
    Path f = file("country,quantity_t\nCHN,60\nCOD,-3\n");
    assertThatThrownBy(() -> ImportsCsv.read(f, TestCountries.small()))
        .isInstanceOf(ProblemException.class)
        .hasMessage(f + ":3 (quantity_t): column 'quantity_t' is negative: -3 (COD)");
  }

  @Test
  void aNonNumericQuantityIsRefusedWithItsLine() throws IOException {
    Path f = file("country,quantity_t\nCHN,sixty\n");
    assertThatThrownBy(() -> ImportsCsv.read(f, TestCountries.small()))
        .isInstanceOf(ProblemException.class)
        .hasMessage(f + ":2 (quantity_t): column 'quantity_t' is not a number: 'sixty'");
  }

  @Test
  void anUnknownCountryIsRefusedWithItsLine() throws IOException {
    Path f = file("country,quantity_t\nCHN,1\nAtlantis,2\n");
    assertThatThrownBy(() -> ImportsCsv.read(f, TestCountries.small()))
        .isInstanceOf(ProblemException.class)
        .hasMessage(f + ":3 (country): unknown country 'Atlantis'");
  }

  @Test
  void aWrongHeaderAnEmptyFileAndAMissingFileAreRefused() throws IOException {
    Path wrong = file("origin,tonnes\nCHN,1\n");
    assertThatThrownBy(() -> ImportsCsv.read(wrong, TestCountries.small()))
        .hasMessageContaining(":1 (country): missing column 'country'");
    Path empty = file("");
    assertThatThrownBy(() -> ImportsCsv.read(empty, TestCountries.small())).hasMessageContaining("empty file");
    Path headerOnly = file("country,quantity_t\n");
    assertThatThrownBy(() -> ImportsCsv.read(headerOnly, TestCountries.small())).hasMessageContaining("no data line");
    assertThatThrownBy(() -> ImportsCsv.read(dir.resolve("none.csv"), TestCountries.small()))
        .hasMessageContaining("file not found");
  }

  @Test
  void tooManyCellsAndAnUnclosedQuoteAreRefused() throws IOException {
    Path extra = file("country,quantity_t\nCHN,1,2\n");
    assertThatThrownBy(() -> ImportsCsv.read(extra, TestCountries.small())).hasMessageContaining(":2: 3 fields but the header has 2");
    Path quote = file("country,quantity_t\n\"Congo, D.R.,1\n");
    assertThatThrownBy(() -> ImportsCsv.read(quote, TestCountries.small())).hasMessageContaining(":2: unclosed quoted field");
  }
}
