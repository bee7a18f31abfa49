package fr.vigie.app.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import fr.vigie.app.account.SecurityEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code smelter_reference_list}: the RMI smelter list of each workspace, as uploaded. */
@Repository
class SmelterListStore {

    /** The stored list without its content. */
    record Info(Instant uploadedAt, String uploadedBy, String fileName, String sha256, int smelters) {
    }

    /** The stored file. */
    record File(Info info, String extension, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final SecurityEvents events;

    SmelterListStore(JdbcClient jdbc, SecurityEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores the workspace's list, replacing the previous one. */
    void put(long workspaceId, String username, String fileName, String extension, String sha256, int smelters,
            byte[] content) {
        jdbc.sql("insert into smelter_reference_list (workspace_id, uploaded_by, file_name, extension, sha256,"
                        + " smelter_count, content) values (?, ?, ?, ?, ?, ?, ?) on conflict (workspace_id) do update"
                        + " set uploaded_at = now(), uploaded_by = excluded.uploaded_by, file_name = excluded.file_name,"
                        + " extension = excluded.extension, sha256 = excluded.sha256,"
                        + " smelter_count = excluded.smelter_count, content = excluded.content")
                .params(workspaceId, username, fileName, extension, sha256, smelters, content).update();
        events.record("smelter-list-loaded", Map.of("workspace.id", workspaceId, "smelters", smelters));
    }

    Optional<Info> info(long workspaceId) {
        return jdbc.sql("select uploaded_at, uploaded_by, file_name, sha256, smelter_count from smelter_reference_list"
                        + " where workspace_id = ?")
                .param(workspaceId)
                .query((rs, n) -> new Info(rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"),
                        rs.getString("file_name"), rs.getString("sha256"), rs.getInt("smelter_count")))
                .optional();
    }

    Optional<File> file(long workspaceId) {
        return jdbc.sql("select uploaded_at, uploaded_by, file_name, sha256, smelter_count, extension, content"
                        + " from smelter_reference_list where workspace_id = ?")
                .param(workspaceId)
                .query((rs, n) -> new File(new Info(rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by"), rs.getString("file_name"), rs.getString("sha256"),
                        rs.getInt("smelter_count")), rs.getString("extension"), rs.getBytes("content")))
                .optional();
    }
}
