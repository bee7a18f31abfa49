package fr.vigie.app.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Table {@code assessment}: stored results with their provenance. */
@Repository
class AssessmentStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final org.apache.commons.logging.Log LOG =
            org.apache.commons.logging.LogFactory.getLog(AssessmentStore.class);
    private static final String COLUMNS = "id, workspace_id, ledger_id, created_at, created_by, reference_date,"
            + " methodology, priority_weights, engine_version, data_versions::text as data_versions";

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long workspaceId, long ledgerId, String username, LocalDate date, AssessmentRunner.Run run,
            String profileYaml, Optional<String> scenarioYaml) {
        return jdbc.sql("insert into assessment (workspace_id, ledger_id, created_by, reference_date, methodology,"
                        + " priority_weights, engine_version, data_versions, profile_yaml, result, scenario_yaml)"
                        + " values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), ?) returning id")
                .params(workspaceId, ledgerId, username, date, run.methodology(), run.priorityWeights(),
                        run.engineVersion(), JSON.writeValueAsString(run.dataVersions()), profileYaml, run.json(),
                        scenarioYaml.orElse(null))
                .query(Long.class).single();
    }

    List<StoredAssessment> list(long workspaceId) {
        return jdbc.sql("select " + COLUMNS + " from assessment where workspace_id = ? order by id desc")
                .param(workspaceId).query(AssessmentStore::stored).list();
    }

    Optional<StoredAssessment> find(long workspaceId, long id) {
        return jdbc.sql("select " + COLUMNS + " from assessment where workspace_id = ? and id = ?")
                .params(workspaceId, id).query(AssessmentStore::stored).optional();
    }

    Optional<StoredAssessment> latest(long workspaceId) {
        return jdbc.sql("select " + COLUMNS + " from assessment where workspace_id = ? order by id desc limit 1")
                .param(workspaceId).query(AssessmentStore::stored).optional();
    }

    /**
     * The assessment the workspace's dashboard shows, in one query: the pinned one, else the latest
     * baseline, else the latest; with whether it is the pinned one.
     */
    Optional<Assessments.Shown> shown(long workspaceId) {
        return jdbc.sql(SHOWN.formatted("?")).param(workspaceId)
                .query((rs, row) -> new Assessments.Shown(stored(rs, row), rs.getBoolean("pinned"))).optional();
    }

    /**
     * The dashboard's choice for each workspace of {@code %s} (its ids): the pinned assessment, else the
     * latest baseline, else the latest, with whether it is the pinned one.
     */
    private static final String SHOWN = "select distinct on (workspace_id) " + COLUMNS + ", coalesce(id = (select p.assessment_id"
            + " from assessment_pin p where p.workspace_id = assessment.workspace_id), false) as pinned"
            + " from assessment where workspace_id in (%s) order by workspace_id, pinned desc, scenario_yaml is null desc, id desc";

    /** The assessment pinned to the workspace's dashboard, when one is. */
    Optional<StoredAssessment> pinned(long workspaceId) {
        return jdbc.sql("select " + COLUMNS + " from assessment where workspace_id = ?"
                        + " and id = (select assessment_id from assessment_pin where workspace_id = ?)")
                .params(workspaceId, workspaceId).query(AssessmentStore::stored).optional();
    }

    /**
     * For each of the workspaces that has an assessment, the one its dashboard shows (as {@link
     * Assessments#shown}: the pinned one, else the latest baseline, else the latest), in one query. A
     * row that cannot be read is left out with a log line: one workspace's unreadable record must not
     * take down a page listing every workspace.
     */
    List<StoredAssessment> shown(List<Long> workspaceIds) {
        if (workspaceIds.isEmpty()) {
            return List.of();
        }
        String ids = String.join(", ", java.util.Collections.nCopies(workspaceIds.size(), "?"));
        return jdbc.sql(SHOWN.formatted(ids)).params(workspaceIds).query((rs, row) -> {
                    try {
                        return Optional.of(stored(rs, row));
                    } catch (RuntimeException e) {
                        LOG.warn("the shown assessment of workspace " + rs.getLong("workspace_id") + " cannot be read: "
                                + e.getMessage());
                        return Optional.<StoredAssessment>empty();
                    }
                }).list().stream().flatMap(Optional::stream).toList();
    }

    void pin(long workspaceId, long assessmentId, String username) {
        jdbc.sql("insert into assessment_pin (workspace_id, assessment_id, pinned_by) values (?, ?, ?)"
                        + " on conflict (workspace_id) do update set assessment_id = excluded.assessment_id,"
                        + " pinned_by = excluded.pinned_by, pinned_at = now()")
                .params(workspaceId, assessmentId, username).update();
    }

    void unpin(long workspaceId) {
        jdbc.sql("delete from assessment_pin where workspace_id = ?").param(workspaceId).update();
    }

    String json(long id) {
        return jdbc.sql("select result::text from assessment where id = ?").param(id).query(String.class).single();
    }

    String profileYaml(long id) {
        return jdbc.sql("select profile_yaml from assessment where id = ?").param(id).query(String.class).single();
    }

    Optional<String> scenarioYaml(long id) {
        return jdbc.sql("select scenario_yaml from assessment where id = ?").param(id)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1))).single();
    }

    private static StoredAssessment stored(ResultSet rs, int row) throws SQLException {
        List<String> versions = JSON.readValue(rs.getString("data_versions"), new TypeReference<List<String>>() { });
        return new StoredAssessment(rs.getLong("id"), rs.getLong("workspace_id"), rs.getLong("ledger_id"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getObject("reference_date", LocalDate.class), rs.getString("methodology"),
                rs.getString("priority_weights"), rs.getString("engine_version"), versions);
    }
}
