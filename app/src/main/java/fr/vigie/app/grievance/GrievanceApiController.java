package fr.vigie.app.grievance;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.vigie.app.workspace.WorkspaceAccess;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/workspaces/{id}/grievances}: the workspace's cases, for its designated case handlers
 * only (403 for the other members, 404 for non-members, like the pages); the listing is audited.
 */
@RestController
@RequestMapping("/api/workspaces/{id}/grievances")
class GrievanceApiController {

    private final WorkspaceAccess access;
    private final Grievances grievances;

    GrievanceApiController(WorkspaceAccess access, Grievances grievances) {
        this.access = access;
        this.grievances = grievances;
    }

    /** A case as listed: no description, contact or receipt. */
    record CaseView(long id, String category, String country, String mineral, String status,
            @JsonProperty("received_at") String receivedAt, @JsonProperty("acknowledge_by") String acknowledgeBy,
            @JsonProperty("acknowledged_at") String acknowledgedAt, boolean overdue) {
    }

    @GetMapping
    List<CaseView> list(@PathVariable long id, Authentication user) {
        access.requireCaseHandler(id, user);
        Instant now = Instant.now();
        return grievances.list(id, user.getName()).stream()
                .map(c -> new CaseView(c.id(), c.category().id(), c.country(), c.mineral(), c.status().id(),
                        c.receivedAt().toString(), c.acknowledgeBy().toString(),
                        c.acknowledgedAt() == null ? null : c.acknowledgedAt().toString(), c.overdue(now)))
                .toList();
    }
}
