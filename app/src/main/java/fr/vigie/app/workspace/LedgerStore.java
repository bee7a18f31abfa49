package fr.vigie.app.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.ledger.ImportReport;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.ledger.LineError;
import fr.vigie.engine.mineral.MineralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores accepted ledgers: the import report, the per-filiere aggregation (what assessments read)
 * and the original file when it is small enough. Storing is one database transaction: the new
 * ledger becomes current and the previous one stops being current together, or nothing changes
 * (a failure or a crash in the middle leaves the previous ledger current and no partial rows).
 */
@Service
public class LedgerStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, workspace_id, file_name, format, file_bytes, file_sha256,"
            + " original is not null as kept, accepted_lines, imported_at, imported_by, is_current";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Countries countries;

    LedgerStore(JdbcClient jdbc, TransactionTemplate transactions, WorkspaceEngine engine) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.countries = engine.referenceData().countries();
    }

    /** The file as uploaded, before import. */
    record Upload(String fileName, String format, long bytes, String sha256, Optional<byte[]> original) {
    }

    /** Stores an accepted ledger as the workspace's current one. */
    StoredLedger store(long workspaceId, Upload upload, Ledger ledger, ImportReport report, String username) {
        return store(workspaceId, upload, ledger, report, username, () -> { });
    }

    /** As {@link #store}, running {@code midway} after the first filiere row (tests fail there). */
    StoredLedger store(long workspaceId, Upload upload, Ledger ledger, ImportReport report, String username,
            Runnable midway) {
        Long id = transactions.execute(status -> {
            // one import of a workspace at a time stores its ledger: the workspace row is the lock
            jdbc.sql("select id from workspace where id = ? for update").param(workspaceId).query().listOfRows();
            jdbc.sql("update ledger_import set is_current = false where workspace_id = ? and is_current")
                    .param(workspaceId).update();
            long ledgerId = jdbc.sql("insert into ledger_import (workspace_id, file_name, format, file_sha256,"
                            + " file_bytes, original, accepted_lines, first_year, last_year, report, imported_by,"
                            + " is_current) values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, true) returning id")
                    .params(workspaceId, upload.fileName(), upload.format(), upload.sha256(), upload.bytes(),
                            upload.original().orElse(null), ledger.lines(), ledger.firstYear().orElse(null),
                            ledger.lastYear().orElse(null), JSON.writeValueAsString(reportTree(report)), username)
                    .query(Long.class).single();
            boolean first = true;
            for (FiliereAggregate f : ledger.filieres()) {
                jdbc.sql("insert into ledger_filiere (ledger_id, material, lines, mass_kg, spend_eur,"
                                + " mass_known_origin_kg, mass_known_refiner_kg, mass_with_smelter_kg, recycled_mass_kg,"
                                + " suppliers, smelters, mass_by_origin, mass_by_refiner, recycled_by_country)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb),"
                                + " cast(? as jsonb))")
                        .params(ledgerId, f.material().toString(), f.lines(), f.massKg(), f.spendEur(),
                                f.massKnownOriginKg(), f.massKnownRefinerKg(), f.massWithSmelterIdKg(),
                                f.recycledMassKg(), f.suppliers(), f.smelters(),
                                JSON.writeValueAsString(byCode(f.massByOriginCountry())),
                                JSON.writeValueAsString(byCode(f.massByRefinerCountry())),
                                JSON.writeValueAsString(byCode(f.recycledMassByCountry())))
                        .update();
                if (first) {
                    midway.run();
                    first = false;
                }
            }
            return ledgerId;
        });
        return find(workspaceId, id == null ? -1 : id).orElseThrow();
    }

    /** The current ledger of a workspace, if one was imported. */
    public Optional<StoredLedger> current(long workspaceId) {
        return jdbc.sql("select " + COLUMNS + " from ledger_import where workspace_id = ? and is_current")
                .param(workspaceId).query(LedgerStore::stored).optional();
    }

    /** A ledger of a workspace by id (empty when it belongs to another workspace). */
    public Optional<StoredLedger> find(long workspaceId, long ledgerId) {
        return jdbc.sql("select " + COLUMNS + " from ledger_import where workspace_id = ? and id = ?")
                .params(workspaceId, ledgerId).query(LedgerStore::stored).optional();
    }

    /** The ledgers of a workspace, newest first. */
    public List<StoredLedger> history(long workspaceId) {
        return jdbc.sql("select " + COLUMNS + " from ledger_import where workspace_id = ? order by id desc")
                .param(workspaceId).query(LedgerStore::stored).list();
    }

    /** The stored import report of a ledger (JSON tree). */
    public Map<String, Object> report(long ledgerId) {
        String json = jdbc.sql("select report::text from ledger_import where id = ?").param(ledgerId)
                .query(String.class).single();
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    /** The original file, when it was kept. */
    public Optional<byte[]> original(long ledgerId) {
        return jdbc.sql("select original from ledger_import where id = ? and original is not null").param(ledgerId)
                .query((rs, row) -> rs.getBytes(1)).optional();
    }

    /** The per-filiere aggregation of a stored ledger, as the engine's {@link Ledger}. */
    public Ledger ledger(long ledgerId) {
        record Years(long lines, Integer first, Integer last) {
        }
        Years years = jdbc.sql("select accepted_lines, first_year, last_year from ledger_import where id = ?")
                .param(ledgerId)
                .query((rs, row) -> new Years(rs.getLong(1), (Integer) rs.getObject(2), (Integer) rs.getObject(3)))
                .single();
        List<FiliereAggregate> filieres = jdbc.sql("select * from ledger_filiere where ledger_id = ?"
                        + " order by mass_kg desc, material")
                .param(ledgerId)
                .query((rs, row) -> new FiliereAggregate(MineralId.of(rs.getString("material")), rs.getLong("lines"),
                        rs.getDouble("mass_kg"), rs.getDouble("spend_eur"), rs.getDouble("mass_known_origin_kg"),
                        rs.getDouble("mass_known_refiner_kg"), rs.getDouble("mass_with_smelter_kg"),
                        rs.getDouble("recycled_mass_kg"), rs.getInt("suppliers"), rs.getInt("smelters"),
                        byCountry(rs.getString("mass_by_origin")), byCountry(rs.getString("mass_by_refiner")),
                        byCountry(rs.getString("recycled_by_country"))))
                .list();
        return new Ledger(filieres, years.lines(), Optional.ofNullable(years.first()), Optional.ofNullable(years.last()));
    }

    /** The import report as a JSON tree (also the API's answer). */
    public static Map<String, Object> reportTree(ImportReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", report.source());
        m.put("format", report.format());
        m.put("encoding", report.encoding());
        m.put("delimiter", report.delimiter());
        Map<String, String> columns = new LinkedHashMap<>();
        report.columns().forEach((field, header) -> columns.put(field.id(), header));
        m.put("columns", columns);
        m.put("ignored_columns", report.ignoredColumns());
        m.put("data_lines", report.dataLines());
        m.put("accepted_lines", report.acceptedLines());
        m.put("invalid_lines", report.invalidLines());
        m.put("error_count", report.errorCount());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (LineError e : report.errors()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("line", e.line());
            line.put("field", e.field());
            line.put("message", e.message());
            // the reason as a code and its values, so that the report renders in the reader's language
            line.put("code", e.problem().code());
            line.put("args", e.problem().args().stream().map(String::valueOf).toList());
            errors.add(line);
        }
        m.put("errors", errors);
        m.put("unlisted_errors", report.unlistedErrors());
        return m;
    }

    private static Map<String, Double> byCode(Map<Country, Double> masses) {
        Map<String, Double> out = new LinkedHashMap<>();
        masses.forEach((country, mass) -> out.put(country.alpha2(), mass));
        return out;
    }

    private Map<Country, Double> byCountry(String json) {
        Map<String, Double> codes = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Double>>() { });
        // jsonb does not keep key order: largest mass first again, as the engine gives it
        Map<Country, Double> out = new LinkedHashMap<>();
        codes.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(countries.require(e.getKey()), e.getValue()));
        return out;
    }

    private static StoredLedger stored(ResultSet rs, int row) throws SQLException {
        return new StoredLedger(rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("file_name"),
                rs.getString("format"), rs.getLong("file_bytes"), rs.getString("file_sha256"), rs.getBoolean("kept"),
                rs.getLong("accepted_lines"), rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"),
                rs.getBoolean("is_current"));
    }
}
