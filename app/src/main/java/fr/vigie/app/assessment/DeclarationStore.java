package fr.vigie.app.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.vigie.app.account.SecurityEvents;
import fr.vigie.engine.declaration.Answer;
import fr.vigie.engine.declaration.LookupKind;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.mineral.MineralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Table {@code supplier_declaration}: the declaration files of the workspaces, with findings and smelters. */
@Repository
class DeclarationStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, uploaded_at, uploaded_by, file_name, template, version, company,"
            + " findings::text as findings, jsonb_array_length(smelters) as smelter_count";

    /**
     * The part of a smelter row the consolidation reads.
     *
     * @param row         row number in the Smelter List sheet
     * @param metal       mineral id
     * @param lookup      the look-up column's reading
     * @param name        smelter name as written
     * @param countryText country as written
     * @param country     ISO alpha-3 when resolved
     * @param smelterId   normalised smelter id when given
     */
    record Smelter(int row, String metal, String lookup, String name, String countryText, Optional<String> country,
            Optional<String> smelterId) {

        static Optional<Smelter> of(SmelterRow r) {
            return r.metal().map(m -> new Smelter(r.row(), m.value(), r.lookup().name(), r.name(), r.countryText(),
                    r.country(), r.smelterId()));
        }

        SmelterRow smelterRow() {
            return new SmelterRow(row, Optional.of(new MineralId(metal)), metal, "", LookupKind.valueOf(lookup), name,
                    countryText, country, smelterId, smelterId.orElse(""), "", "", "", "", "", "", "", "", "",
                    List.of(), Answer.BLANK, "");
        }
    }

    /** A stored declaration with its smelters, for the consolidation. */
    record Smelters(String supplier, String fileName, String sha256, List<Smelter> smelters) {
    }

    private final JdbcClient jdbc;
    private final SecurityEvents events;

    DeclarationStore(JdbcClient jdbc, SecurityEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    long insert(long workspaceId, String username, String fileName, String sha256, String template, String version,
            String company, List<DeclarationFinding> findings, List<Smelter> smelters) {
        return jdbc.sql("insert into supplier_declaration (workspace_id, uploaded_by, file_name, sha256, template,"
                        + " version, company, findings_count, findings, smelters)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb)) returning id")
                .params(workspaceId, username, fileName, sha256, template, version, company, findings.size(),
                        JSON.writeValueAsString(findings), JSON.writeValueAsString(smelters))
                .query(Long.class).single();
    }

    List<StoredDeclaration> list(long workspaceId) {
        return jdbc.sql("select " + COLUMNS + " from supplier_declaration where workspace_id = ? order by id")
                .param(workspaceId).query(DeclarationStore::stored).list();
    }

    List<Smelters> smelters(long workspaceId) {
        return jdbc.sql("select company, file_name, sha256, smelters::text as smelters from supplier_declaration"
                        + " where workspace_id = ? order by id")
                .param(workspaceId)
                .query((rs, n) -> new Smelters(rs.getString("company").isBlank() ? rs.getString("file_name")
                        : rs.getString("company"), rs.getString("file_name"), rs.getString("sha256"),
                        JSON.readValue(rs.getString("smelters"), new TypeReference<List<Smelter>>() { })))
                .list();
    }

    /** The name of a stored declaration file of the workspace with this SHA-256, if any. */
    Optional<String> fileNameWithSha(long workspaceId, String sha256) {
        return jdbc.sql("select file_name from supplier_declaration where workspace_id = ? and sha256 = ? order by id limit 1")
                .params(workspaceId, sha256).query(String.class).optional();
    }

    /** Deletes the workspace's declarations with this SHA-256 (a file replaced by its new upload). */
    int deleteWithSha(long workspaceId, String sha256) {
        int deleted = jdbc.sql("delete from supplier_declaration where workspace_id = ? and sha256 = ?")
                .params(workspaceId, sha256).update();
        if (deleted > 0) {
            events.record("declaration-deleted", Map.of("workspace.id", workspaceId, "declaration.sha256", sha256));
        }
        return deleted;
    }

    int delete(long workspaceId, long id) {
        int deleted = jdbc.sql("delete from supplier_declaration where workspace_id = ? and id = ?")
                .params(workspaceId, id).update();
        if (deleted > 0) {
            events.record("declaration-deleted", Map.of("workspace.id", workspaceId, "declaration.id", id));
        }
        return deleted;
    }

    /** The findings of a row, from their jsonb text. */
    static List<DeclarationFinding> findings(String json) {
        return JSON.readValue(json, new TypeReference<List<DeclarationFinding>>() { });
    }

    private static StoredDeclaration stored(ResultSet rs, int row) throws SQLException {
        List<DeclarationFinding> findings = findings(rs.getString("findings"));
        return new StoredDeclaration(rs.getLong("id"), rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"), rs.getString("file_name"), rs.getString("template"),
                rs.getString("version"), rs.getString("company"), findings, rs.getInt("smelter_count"));
    }
}
