package fr.vigie.engine.ledger;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.vigie.engine.kernel.FuzzExpectations;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzz test of the CSV ledger reader: any bytes give an accepted or rejected import, or a problem
 * naming the file. In a normal test run it replays its inputs in {@code LedgerCsvFuzzTestsInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class LedgerCsvFuzzTests {

  private static final LedgerImporter IMPORTER = new LedgerImporter(LedgerReferences.bundled()).withThreads(1);

  @FuzzTest(maxDuration = "10m")
  void readsAnyCsv(byte[] input) throws IOException {
    for (LedgerOptions options : new LedgerOptions[] {
        LedgerOptions.defaults(), LedgerOptions.defaults().withEncoding(LedgerOptions.WINDOWS_1252).withSkipInvalid(true)}) {
      try {
        IMPORTER.importCsv(new ByteArrayInputStream(input), "fuzz.csv", options);
      } catch (RuntimeException e) {
        FuzzExpectations.check(e);
      }
    }
  }
}
