package fr.vigie.app.workspace;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.vigie.engine.ledger.LedgerImporter;
import fr.vigie.engine.ledger.LedgerOptions;
import fr.vigie.engine.ledger.LedgerReferences;
import org.springframework.util.unit.DataSize;

/**
 * Six concurrent imports of one file in this JVM (run by {@link HeavyImportsTests} with a small heap and
 * {@code -XX:+ExitOnOutOfMemoryError}, like a server): {@code gated} admits each through an
 * {@link ImportGate} with the application's defaults, {@code ungated} runs them all at once as the
 * application used to. Prints one line per import, then {@code ALIVE}.
 */
public final class HeavyImportsMain {

    private HeavyImportsMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean gated = args[1].equals("gated");
        ImportGate gate = new ImportGate(DataSize.ofMegabytes(256), 3, null, 2, Duration.ofMinutes(5));
        LedgerImporter importer = new LedgerImporter(LedgerReferences.bundled());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(pool.submit(() -> {
                start.await();
                if (!gated) {
                    return outcome(importer, file);
                }
                ImportGate.Decision decision = gate.admit(file, file.getFileName().toString());
                if (decision.refusal() != null) {
                    return "refused " + decision.refusal();
                }
                try (ImportGate.Admission admitted = decision.admission()) {
                    return outcome(importer, file);
                }
            }));
        }
        start.countDown();
        for (Future<String> result : results) {
            System.out.println("import: " + result.get());
        }
        pool.shutdown();
        System.out.println("ALIVE");
    }

    private static String outcome(LedgerImporter importer, Path file) {
        try {
            return importer.importFile(file, LedgerOptions.defaults()).getClass().getSimpleName();
        } catch (RuntimeException e) {
            return "failed " + e.getClass().getSimpleName();
        }
    }
}
