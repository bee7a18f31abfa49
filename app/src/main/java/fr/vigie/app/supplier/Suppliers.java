package fr.vigie.app.supplier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.vigie.app.account.SecurityEvents;
import fr.vigie.app.workspace.WorkspaceEngine;
import fr.vigie.app.workspace.WorkspaceGrant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Table {@code supplier}: the suppliers of the workspaces. Changes need ANALYST in the workspace. */
@Service
public class Suppliers {

    private static final String COLUMNS = "id, workspace_id, name, country, email, language, templates, updated_at";

    private final JdbcClient jdbc;
    private final WorkspaceEngine engine;
    private final SecurityEvents events;

    Suppliers(JdbcClient jdbc, WorkspaceEngine engine, SecurityEvents events) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.events = events;
    }

    /** What became of a creation or a change. */
    public sealed interface Outcome {
        /** Stored. */
        record Saved(Supplier supplier) implements Outcome {
        }

        /** Some fields were refused; nothing stored. */
        record Invalid(List<SupplierInput.Invalid> errors) implements Outcome {
        }

        /** The workspace has another supplier of that name; nothing stored. */
        record NameTaken(String name) implements Outcome {
        }

        /** No such supplier in the workspace. */
        record NotFound() implements Outcome {
        }
    }

    /** The workspace's suppliers by name. */
    public List<Supplier> list(WorkspaceGrant grant) {
        return jdbc.sql("select " + COLUMNS + " from supplier where workspace_id = ? order by lower(name), id")
                .param(grant.id()).query(Suppliers::supplier).list();
    }

    /** One supplier of the workspace. */
    public Optional<Supplier> find(WorkspaceGrant grant, long id) {
        return jdbc.sql("select " + COLUMNS + " from supplier where workspace_id = ? and id = ?")
                .params(grant.id(), id).query(Suppliers::supplier).optional();
    }

    /** Adds a supplier. */
    public Outcome create(WorkspaceGrant grant, SupplierInput input) {
        requireEdit(grant);
        return switch (input.check(engine.referenceData().countries())) {
            case SupplierInput.Refused refused -> new Outcome.Invalid(refused.errors());
            case SupplierInput.Accepted accepted -> {
                SupplierInput.Valid v = accepted.supplier();
                try {
                    long id = jdbc.sql("insert into supplier (workspace_id, name, country, email, language, templates,"
                                    + " updated_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                            .params(grant.id(), v.name(), v.country(), v.email(), v.language().code(),
                                    templates(v.templates()), grant.username())
                            .query(Long.class).single();
                    events.record("supplier-created", Map.of("workspace.id", grant.id(), "supplier.id", id));
                    yield new Outcome.Saved(find(grant, id).orElseThrow());
                } catch (DuplicateKeyException e) {
                    yield new Outcome.NameTaken(v.name());
                }
            }
        };
    }

    /** Changes a supplier. */
    public Outcome update(WorkspaceGrant grant, long id, SupplierInput input) {
        requireEdit(grant);
        return switch (input.check(engine.referenceData().countries())) {
            case SupplierInput.Refused refused -> new Outcome.Invalid(refused.errors());
            case SupplierInput.Accepted accepted -> {
                SupplierInput.Valid v = accepted.supplier();
                try {
                    int updated = jdbc.sql("update supplier set name = ?, country = ?, email = ?, language = ?,"
                                    + " templates = ?, updated_at = now(), updated_by = ? where workspace_id = ? and id = ?")
                            .params(v.name(), v.country(), v.email(), v.language().code(), templates(v.templates()),
                                    grant.username(), grant.id(), id)
                            .update();
                    yield updated == 0 ? new Outcome.NotFound() : new Outcome.Saved(find(grant, id).orElseThrow());
                } catch (DuplicateKeyException e) {
                    yield new Outcome.NameTaken(v.name());
                }
            }
        };
    }

    /** Removes a supplier with its requests and answers; false when the workspace has none with this id. */
    public boolean delete(WorkspaceGrant grant, long id) {
        requireEdit(grant);
        boolean deleted = jdbc.sql("delete from supplier where workspace_id = ? and id = ?").params(grant.id(), id)
                .update() > 0;
        if (deleted) {
            events.record("supplier-deleted", Map.of("workspace.id", grant.id(), "supplier.id", id));
        }
        return deleted;
    }

    private static void requireEdit(WorkspaceGrant grant) {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
    }

    private static String templates(Set<DeclarationTemplate> templates) {
        return templates.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Supplier supplier(ResultSet rs, int row) throws SQLException {
        String t = rs.getString("templates");
        Set<DeclarationTemplate> templates = EnumSet.noneOf(DeclarationTemplate.class);
        if (!t.isBlank()) {
            Arrays.stream(t.split(",")).forEach(s -> templates.add(DeclarationTemplate.valueOf(s)));
        }
        return new Supplier(rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("name"),
                rs.getString("country"), rs.getString("email"), SupplierLanguage.of(rs.getString("language")).orElseThrow(),
                templates, rs.getTimestamp("updated_at").toInstant());
    }
}
