package fr.vigie.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The import gate's decisions, each taken before anything of the file is parsed. */
class ImportGateTests {

    @TempDir
    Path directory;

    private Path file(String name, int bytes) throws IOException {
        return Files.write(directory.resolve(name), new byte[bytes]);
    }

    @Test
    void aFileLargerOnceUncompressedThanTheLimitIsRefused() throws IOException {
        Path workbook = directory.resolve("big.xlsx");
        HeavyImportsTests.writeHeavyWorkbook(workbook, 3L << 20); // about 50 KB, 3 MB once inflated
        ImportGate gate = new ImportGate(DataSize.ofMegabytes(2), 3, DataSize.ofMegabytes(100), 2, Duration.ZERO);

        ImportGate.Decision decision = gate.admit(workbook, "big.xlsx");

        assertThat(decision.admission()).isNull();
        assertThat(decision.refusal()).isInstanceOf(ImportGate.Refusal.TooLarge.class);
        assertThat(decision.refusal().detail()).startsWith("big.xlsx: more than").contains("2,097,152-byte limit");
    }

    @Test
    void aFileWhoseEstimatedMemoryIsAboveTheWholeBudgetIsRefused() throws IOException {
        // 400 KiB x factor 3 = 1,200 KiB, above a 1 MiB (1,024 KiB) budget
        ImportGate gate = new ImportGate(DataSize.ofMegabytes(256), 3, DataSize.ofMegabytes(1), 2, Duration.ZERO);

        ImportGate.Decision decision = gate.admit(file("ledger.csv", 400 * 1024), "ledger.csv");

        assertThat(decision.refusal()).isInstanceOf(ImportGate.Refusal.TooLarge.class);
        assertThat(decision.refusal().detail()).contains("1,200 KiB", "1,024 KiB");
    }

    @Test
    void importsBeyondTheConcurrencyWaitThenAreRefusedAsBusy() throws IOException {
        ImportGate gate = new ImportGate(DataSize.ofMegabytes(256), 3, DataSize.ofMegabytes(100), 1,
                Duration.ofMillis(200));
        Path ledger = file("ledger.csv", 1000);

        ImportGate.Decision first = gate.admit(ledger, "first.csv");
        ImportGate.Decision second = gate.admit(ledger, "second.csv");

        assertThat(first.admission()).isNotNull();
        assertThat(second.refusal()).isInstanceOf(ImportGate.Refusal.Busy.class);
        first.admission().close();
        first.admission().close(); // closing twice releases once
        ImportGate.Decision third = gate.admit(ledger, "third.csv");
        assertThat(third.admission()).isNotNull();
        assertThat(gate.admit(ledger, "fourth.csv").refusal()).isInstanceOf(ImportGate.Refusal.Busy.class);
        third.admission().close();
    }

    @Test
    void importsTogetherAboveTheMemoryBudgetWaitForEachOther() throws IOException {
        // each: 300 KiB x 3 = 900 KiB of a 1,024 KiB budget, so only one at a time despite 4 slots
        ImportGate gate = new ImportGate(DataSize.ofMegabytes(256), 3, DataSize.ofMegabytes(1), 4,
                Duration.ofMillis(200));
        Path ledger = file("ledger.csv", 300 * 1024);

        ImportGate.Decision first = gate.admit(ledger, "first.csv");
        ImportGate.Decision second = gate.admit(ledger, "second.csv");

        assertThat(first.admission()).isNotNull();
        assertThat(second.refusal()).isInstanceOf(ImportGate.Refusal.Busy.class);
        first.admission().close();
        ImportGate.Decision third = gate.admit(ledger, "third.csv");
        assertThat(third.admission()).isNotNull();
        third.admission().close();
    }
}
