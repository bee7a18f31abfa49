package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corrupted copy of a curated file is rejected with the file, the line and the problem. */
class CorruptedFileTests {
  @TempDir Path dir;

  private void copy() throws Exception {
    RefDataFixtures.copyBundled(dir);
  }

  private void assertRejected(String file, int line, String problem) {
    assertThatThrownBy(() -> ReferenceData.load(dir))
        .isInstanceOf(ProblemException.class)
        .hasMessageMatching("(?s)" + java.util.regex.Pattern.quote(dir.resolve(file) + ":" + line) + "( \\([^)]*\\))?: .*")
        .hasMessageContaining(problem);
  }

  @Test
  void shareAboveOne() throws Exception {
    copy();
    RefDataFixtures.appendLine(dir, "production.csv", "cobalt,extraction,test-x,2020,s,t,exact,FRA,1,1.5");
    assertRejected("production.csv", RefDataFixtures.lineCount(dir, "production.csv"), "names unknown source 'test-x'");
    RefDataFixtures.replaceInFile(dir, "production.csv", "test-x", "usgs-mcs-2025");
    assertRejected("production.csv", RefDataFixtures.lineCount(dir, "production.csv"), "column 'share' must be between 0 and 1, not 1.5");
  }

  @Test
  void sharesThatDoNotAddUpToOne() throws Exception {
    copy();
    RefDataFixtures.appendLine(dir, "production.csv", "cobalt,extraction,usgs-mcs-2025,2019,s,t,exact,FRA,1,0.5");
    assertRejected("production.csv", RefDataFixtures.lineCount(dir, "production.csv"), "add up to 0.5000; expected 1 +/- 0.03");
  }

  @Test
  void unknownCountry() throws Exception {
    copy();
    RefDataFixtures.appendLine(dir, "production.csv", "cobalt,extraction,usgs-mcs-2025,2019,s,t,exact,XYZ,1,1");
    assertRejected("production.csv", RefDataFixtures.lineCount(dir, "production.csv"), "'XYZ' is not an ISO alpha-3 code");
  }

  @Test
  void missingSource() throws Exception {
    copy();
    RefDataFixtures.appendLine(dir, "production.csv", "cobalt,extraction,,2019,s,t,exact,FRA,1,1");
    assertRejected("production.csv", RefDataFixtures.lineCount(dir, "production.csv"), "column 'source' is empty");
  }

  @Test
  void unknownMineralInProduction() throws Exception {
    copy();
    RefDataFixtures.appendLine(dir, "production.csv", "kryptonite,extraction,usgs-mcs-2025,2019,s,t,exact,FRA,1,1");
    assertRejected("production.csv", RefDataFixtures.lineCount(dir, "production.csv"), "unknown mineral 'kryptonite'");
  }

  @Test
  void unknownProcessAndRiskIds() throws Exception {
    copy();
    RefDataFixtures.appendLine(dir, "process-risks.csv", "teleportation,air_pollution,low,why,record-2023");
    assertRejected("process-risks.csv", RefDataFixtures.lineCount(dir, "process-risks.csv"), "unknown id 'teleportation'");
  }

  @Test
  void unknownRiskFactorAndLevel() throws Exception {
    copy();
    RefDataFixtures.appendLine(dir, "process-risks.csv", "open_pit,noise,,low,why,pourquoi,record-2023,study summary");
    assertRejected("process-risks.csv", RefDataFixtures.lineCount(dir, "process-risks.csv"), "unknown id 'noise'");
  }

  @Test
  void aPublishedSourceWithoutReferenceIsRefused() throws Exception {
    copy();
    RefDataFixtures.appendLine(dir, "process-risks.csv", "open_pit,political_instability,,low,why,pourquoi,record-2023,");
    assertRejected("process-risks.csv", RefDataFixtures.lineCount(dir, "process-risks.csv"), "needs a reference");
  }

  @Test
  void badRiskLevel() throws Exception {
    copy();
    RefDataFixtures.replaceInFile(dir, "process-risks.csv", "open_pit,air_pollution,,medium,", "open_pit,air_pollution,,extreme,");
    int line = RefDataFixtures.lineOf(dir, "process-risks.csv", "open_pit,air_pollution,,extreme");
    assertRejected("process-risks.csv", line, "unknown risk level 'extreme'");
  }

  @Test
  void processAtTheWrongStage() throws Exception {
    copy();
    RefDataFixtures.appendLine(dir, "mineral-processes.csv", "tin,refining,flotation,,,record-2023");
    assertRejected("mineral-processes.csv", RefDataFixtures.lineCount(dir, "mineral-processes.csv"), "'flotation' belongs to stage pre_treatment");
  }

  @Test
  void indicatorValueOffScale() throws Exception {
    copy();
    RefDataFixtures.replaceInFile(dir, "indicator-values.csv", "fh_pr,AFG,2024,7", "fh_pr,AFG,2024,9");
    int line = RefDataFixtures.lineOf(dir, "indicator-values.csv", "fh_pr,AFG,2024,9");
    assertRejected("indicator-values.csv", line, "outside the scale of fh_pr");
  }

  @Test
  void indicatorValueForUnknownCountry() throws Exception {
    copy();
    RefDataFixtures.appendLine(dir, "indicator-values.csv", "epi,KSV,2022,50");
    assertRejected("indicator-values.csv", RefDataFixtures.lineCount(dir, "indicator-values.csv"), "'KSV' is not an ISO alpha-3 code");
  }

  @Test
  void mineralNamingUnknownRegulation() throws Exception {
    copy();
    RefDataFixtures.replaceInFile(dir, "minerals.csv", "eu-batteries;eu-crma,Li-ion battery cathodes", "eu-battery;eu-crma,Li-ion battery cathodes");
    int line = RefDataFixtures.lineOf(dir, "minerals.csv", "eu-battery;");
    assertRejected("minerals.csv", line, "unknown regulation 'eu-battery'");
  }

  @Test
  void missingFile() throws Exception {
    copy();
    java.nio.file.Files.delete(dir.resolve("catalog.csv"));
    assertThatThrownBy(() -> ReferenceData.load(dir))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("catalog.csv: file not found");
  }
}
