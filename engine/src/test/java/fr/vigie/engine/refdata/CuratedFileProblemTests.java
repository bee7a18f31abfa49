package fr.vigie.engine.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every curated file, corrupted in one known way, is refused with a coded problem (never {@code
 * untranslated}) that names the file, the line and the column, and renders in English and French.
 */
class CuratedFileProblemTests {
  @TempDir Path dir;

  /** A corruption: append a line to a file, or replace a text in it (then {@code from} is set). */
  record Corruption(String file, String from, String to, String code, String column) {
    static Corruption append(String file, String line, String code, String column) {
      return new Corruption(file, null, line, code, column);
    }

    static Corruption replace(String file, String from, String to, String code, String column) {
      return new Corruption(file, from, to, code, column);
    }

    @Override
    public String toString() {
      return file + " -> " + code;
    }
  }

  static Stream<Arguments> corruptions() {
    return Stream.of(
            Corruption.append("countries.csv", "zz,ZZZ,999,Zed,Zède,Europe,Southern Europe,false", "refdata.bad_alpha2", "alpha2"),
            Corruption.append("countries.csv", "ZZ,ZZZ,1000,Zed,Zède,Europe,Southern Europe,false", "refdata.bad_numeric", "numeric"),
            Corruption.append("countries.csv", "AD,ZZZ,998,Zed,Zède,Europe,Southern Europe,false", "refdata.duplicate_country_code", null),
            Corruption.append("country-aliases.csv", "ZAR,COD,World Bank WGI,again", "refdata.listed_twice", "alias"),
            Corruption.append("country-aliases.csv", "NOWHERE,QQQ,a source,a note", "refdata.not_in_file", "iso3"),
            Corruption.append("catalog.csv", "Bad_Id,dataset,t,t,p,p,2024,l,https://example.org/,r,t,true", "refdata.bad_catalog_id", "id"),
            Corruption.append("catalog.csv", "new-one,magazine,t,t,p,p,2024,l,https://example.org/,r,t,true", "refdata.bad_catalog_kind", "kind"),
            Corruption.append("production.csv", "cobalt,extraction,test-x,2020,s,t,exact,FRA,1,1", "refdata.unknown_reference", "source"),
            Corruption.append("production.csv", "cobalt,extraction,usgs-mcs-2025,2020,s,t,exact,FRA,1,1.5", "refdata.share_range", "share"),
            Corruption.append("production.csv", "cobalt,extraction,usgs-mcs-2025,2019,s,t,exact,FRA,1,0.5", "refdata.shares_sum", null),
            Corruption.append("production.csv", "cobalt,extraction,usgs-mcs-2025,2019,s,t,exact,XYZ,1,1", "refdata.not_alpha3", "iso3"),
            Corruption.append("process-risks.csv", "teleportation,air_pollution,low,why,pourquoi,record-2023", "refdata.unknown_reference", "process"),
            Corruption.append("mineral-processes.csv", "tin,refining,flotation,,,,record-2023", "refdata.process_stage_column", "process"),
            Corruption.replace("indicator-values.csv", "fh_pr,AFG,2024,7", "fh_pr,AFG,2024,9", "refdata.outside_scale", "value"),
            Corruption.replace("indicator-definitions.csv", "higher_is_better,0,100,", "higher_is_better,100,0,", "refdata.scale_order", "scale_min"),
            Corruption.replace("minerals.csv", "eu-batteries;eu-crma,Li-ion battery cathodes", "eu-battery;eu-crma,Li-ion battery cathodes", "refdata.unknown_reference", "regulations"),
            Corruption.replace("minerals.csv", "\nlithium,Lithium,", "\ncobalt,Lithium,", "refdata.listed_twice", "id"),
            Corruption.append("regulation-refs.csv", "eu-batteries,again,a reference,https://example.org/", "refdata.listed_twice", "id"),
            Corruption.replace("processes.csv", "\nunderground,extraction,", "\nopen_pit,extraction,", "refdata.listed_twice", "id"),
            Corruption.replace("risk-factors.csv", "\nair_pollution,environmental,", "\nAir-Pollution,environmental,", "refdata.bad_snake_id", "id"),
            Corruption.replace("eu-trade-factors.csv", "aluminium,extraction,AUS,1,", "aluminium,extraction,AUS,7,", "refdata.trade_factor_range", "t"),
            Corruption.append("labour-flags.csv", "FRA,Cobalt ore (heterogenite),cobalite,extraction,true,false,false,ilab-goods-2022", "refdata.unknown_reference", "mineral"),
            Corruption.append("labour-flags.csv", "FRA,Diamonds,,extraction,true,false,false,ilab-goods-2022", "refdata.labour_mineral_use", "stages"),
            Corruption.append("cahra-eu.csv", "FRA,false,DE-BY,Bavaria,true,false,eu-cahra-2026,2026-06-28", "refdata.region_of_country", "region_code"),
            Corruption.append("cahra-eu.csv", "FRA,false,FR-75,Paris,true,false,eu-cahra-2026,2026-07-01", "refdata.mixed_dates", "as_of"),
            Corruption.append("conflict-years.csv", "FRA,1999,2,1,1,ucdp-prio-acd-25-1", "refdata.conflict_count", "conflicts"),
            Corruption.append("conflict-years.csv", "FRA,1999,1,3,1,ucdp-prio-acd-25-1", "refdata.conflict_intensity", "max_intensity"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corruptions")
  void aCorruptedFileIsRefusedWithItsCode(Corruption c) throws Exception {
    RefDataFixtures.copyBundled(dir);
    int line;
    if (c.from() == null) {
      RefDataFixtures.appendLine(dir, c.file(), c.to());
      line = RefDataFixtures.lineCount(dir, c.file());
    } else {
      RefDataFixtures.replaceInFile(dir, c.file(), c.from(), c.to());
      line = lastLineOf(c.file(), c.to().strip());
    }
    ProblemException e = catchProblem();
    Problem p = e.first();
    assertThat(e.problems()).extracting(Problem::code).doesNotContain("untranslated");
    assertThat(p.code()).isEqualTo(c.code());
    assertThat(p.source()).isEqualTo(dir.resolve(c.file()).toString());
    assertThat(p.line()).isEqualTo(line);
    assertThat(p.path()).isEqualTo(c.column());
    assertRendered(p);
  }

  @org.junit.jupiter.api.Test
  void aMissingFileIsRefusedWithItsCode() throws Exception {
    RefDataFixtures.copyBundled(dir);
    Files.delete(dir.resolve("catalog.csv"));
    Problem p = catchProblem().first();
    assertThat(p.code()).isEqualTo("io.file_not_found");
    assertThat(p.source()).isEqualTo(dir.resolve("catalog.csv").toString());
    assertRendered(p);
  }

  /** The line (1-based) of the last line holding the text: a duplicate is refused where it repeats. */
  private int lastLineOf(String file, String text) throws java.io.IOException {
    java.util.List<String> lines = Files.readAllLines(dir.resolve(file), java.nio.charset.StandardCharsets.UTF_8);
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  private ProblemException catchProblem() {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> ReferenceData.load(dir));
    assertThat(t).isInstanceOf(ProblemException.class);
    return (ProblemException) t;
  }

  /** Both languages have the pattern: no ??key?? placeholder, and French is not the English text. */
  private static void assertRendered(Problem p) {
    String en = p.render(Messages.english());
    String fr = p.render(Messages.of(Locale.FRENCH));
    assertThat(en).doesNotContain("??");
    assertThat(fr).doesNotContain("??").isNotEqualTo(en);
  }
}
