package fr.vigie.app.supplier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import fr.vigie.app.workspace.LedgerStore;
import fr.vigie.app.workspace.StoredLedger;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.ledger.LedgerField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The lines of the workspace's current purchase ledger that a supplier supplies: those whose {@code
 * supplier} column (French header {@code fournisseur}) equals the supplier's name, ignoring case and
 * surrounding spaces, counted per material with their mass. The ledger's aggregates do not keep
 * suppliers, so the lines are read again from the original file, which is kept for CSV files up to
 * {@code vigie.ledger.max-original-size}; for an Excel ledger or one too large to keep, the page says
 * so instead of guessing.
 */
@Component
class SupplierLedgerLines {

    private final LedgerStore ledgers;

    SupplierLedgerLines(LedgerStore ledgers) {
        this.ledgers = ledgers;
    }

    /** A supplier's lines of one material. */
    public record MaterialLines(String material, int lines, double massKg) {
    }

    /**
     * What the ledger says of a supplier: the lines found per material (none when its name is not in
     * the column), or the message key saying why they cannot be read.
     */
    public record Outcome(@Nullable String unavailable, String fileName, List<MaterialLines> materials) {

        static Outcome unavailable(String key) {
            return new Outcome(key, "", List.of());
        }

        /** Whether the ledger could be read. */
        public boolean read() {
            return unavailable == null;
        }

        /** The supplier's lines, all materials. */
        public int lines() {
            return materials.stream().mapToInt(MaterialLines::lines).sum();
        }
    }

    Outcome of(long workspaceId, String supplierName) {
        Optional<StoredLedger> current = ledgers.current(workspaceId);
        if (current.isEmpty()) {
            return Outcome.unavailable("supplier.ledger.none");
        }
        StoredLedger ledger = current.get();
        if (!ledger.format().toLowerCase(Locale.ROOT).equals("csv")) {
            return Outcome.unavailable("supplier.ledger.excel");
        }
        Optional<byte[]> original = ledgers.original(ledger.id());
        if (original.isEmpty()) {
            return Outcome.unavailable("supplier.ledger.not-kept");
        }
        Csv.Table table;
        try {
            table = Csv.parse(ledger.fileName(), new String(original.get(), StandardCharsets.UTF_8));
        } catch (ProblemException e) {
            return Outcome.unavailable("supplier.ledger.unreadable");
        }
        String supplierColumn = column(table, LedgerField.SUPPLIER);
        String materialColumn = column(table, LedgerField.MATERIAL);
        String massColumn = column(table, LedgerField.MASS_KG);
        if (supplierColumn == null || materialColumn == null) {
            return Outcome.unavailable("supplier.ledger.no-column");
        }
        String wanted = supplierName.strip();
        Map<String, int[]> lines = new TreeMap<>();
        Map<String, double[]> mass = new TreeMap<>();
        for (Csv.Row row : table.rows()) {
            if (!row.get(supplierColumn).strip().equalsIgnoreCase(wanted)) {
                continue;
            }
            String material = row.get(materialColumn).strip().toLowerCase(Locale.ROOT);
            lines.computeIfAbsent(material, k -> new int[1])[0]++;
            mass.computeIfAbsent(material, k -> new double[1])[0] += massColumn == null ? 0 : kg(row.get(massColumn));
        }
        List<MaterialLines> out = new ArrayList<>();
        lines.forEach((m, n) -> out.add(new MaterialLines(m, n[0], mass.get(m)[0])));
        return new Outcome(null, ledger.fileName(), List.copyOf(out));
    }

    private static @Nullable String column(Csv.Table table, LedgerField field) {
        for (String header : table.header()) {
            if (LedgerField.ofHeader(header).filter(f -> f == field).isPresent()) {
                return header;
            }
        }
        return null;
    }

    private static double kg(String text) {
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(v) && v > 0 ? v : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
