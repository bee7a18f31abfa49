package fr.vigie.engine.declaration.validate;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CahraListTests {
  @TempDir Path dir;

  @Test
  void shippedDefaultIsTheEuIndicativeListWithItsSourceAndDate() {
    CahraList l = CahraList.loadDefault();
    // the EU list (report of June 2026): 29 countries, Myanmar and Russia by regions, Venezuela as a whole
    assertThat(l.alpha3()).hasSize(29).contains("COD", "MMR", "RUS", "SDN", "MLI", "BFA", "VEN").doesNotContain("FRA", "RWA");
    assertThat(l.label()).isEqualTo("EU CAHRA list");
    assertThat(l.source()).contains("2017/821");
    assertThat(l.date()).isEqualTo("2026-06-28");
    assertThat(CahraList.named("eu-cahra")).hasValue(l);
  }

  @Test
  void theDoddFrankListStaysAvailableByName() {
    CahraList l = CahraList.named("dodd-frank-1502").orElseThrow();
    assertThat(l.alpha3()).containsExactlyInAnyOrder("COD", "AGO", "BDI", "CAF", "COG", "RWA", "SSD", "TZA", "UGA", "ZMB");
    assertThat(l.source()).contains("Dodd-Frank");
    assertThat(l.date()).isNotBlank();
    assertThat(CahraList.named("un-list")).isEmpty();
  }

  @Test
  void userListReplacesTheDefault() throws Exception {
    Path p = Files.writeString(dir.resolve("c.csv"), "# source: my list\n# date: 2026-01-01\niso3,name\nAFG,Afghanistan\nmmr,Myanmar\n");
    CahraList l = CahraList.load(p);
    assertThat(l.alpha3()).containsExactlyInAnyOrder("AFG", "MMR");
    assertThat(l.source()).isEqualTo("my list");
  }

  @Test
  void badLinesAreNamed() throws Exception {
    Path p = Files.writeString(dir.resolve("c.csv"), "iso3,name\nAFG,Afghanistan\nMyanmar,x\n");
    assertThatThrownBy(() -> CahraList.load(p)).isInstanceOf(ProblemException.class).hasMessageContaining("c.csv:3: 'Myanmar'");
    Path empty = Files.writeString(dir.resolve("e.csv"), "iso3,name\n");
    assertThatThrownBy(() -> CahraList.load(empty)).isInstanceOf(ProblemException.class).hasMessageContaining("no country");
  }
}
