package fr.vigie.app.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** JSON API for roadmap actions and their audit trail, with the rights of the pages. */
@RestController
@RequestMapping("/api/workspaces/{id}/roadmap")
class RoadmapApiController {

    private final WorkspaceAccess access;
    private final Roadmap roadmap;

    RoadmapApiController(WorkspaceAccess access, Roadmap roadmap) {
        this.access = access;
        this.roadmap = roadmap;
    }

    @GetMapping
    List<RoadmapAction> actions(@PathVariable long id, Authentication user) {
        return roadmap.actions(access.require(id, user, WorkspaceRole.VIEWER));
    }

    @GetMapping("/history")
    List<AuditEntry> history(@PathVariable long id, Authentication user) {
        return roadmap.history(access.require(id, user, WorkspaceRole.VIEWER));
    }

    /** The fields a client may change; absent fields keep their value, an empty owner or due date clears it. */
    record Patch(Optional<String> horizon, Optional<String> owner, Optional<String> dueDate, Optional<String> status) {
    }

    @PatchMapping("/{actionId}")
    ResponseEntity<Object> update(@PathVariable long id, @PathVariable long actionId, @RequestBody Patch patch,
            Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        RoadmapAction current = roadmap.find(grant, actionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<LocalDate> due;
        try {
            due = patch.dueDate() == null || patch.dueDate().isEmpty() ? current.dueDate()
                    : patch.dueDate().get().isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(patch.dueDate().get()));
        } catch (java.time.format.DateTimeParseException e) {
            return ResponseEntity.unprocessableEntity().body(Map.of("invalid", "due_date"));
        }
        Roadmap.Change change = new Roadmap.Change(
                patch.horizon() == null ? current.horizon() : patch.horizon().orElse(current.horizon()),
                patch.owner() == null || patch.owner().isEmpty() ? current.owner() : patch.owner(),
                due,
                patch.status() == null ? current.status() : patch.status().orElse(current.status()));
        return switch (roadmap.update(grant, actionId, change)) {
            case Roadmap.UpdateOutcome.Updated updated -> ResponseEntity.ok(updated.action());
            case Roadmap.UpdateOutcome.Invalid invalid ->
                    ResponseEntity.unprocessableEntity().body(Map.of("invalid", invalid.field()));
            case Roadmap.UpdateOutcome.NotFound none -> ResponseEntity.notFound().build();
        };
    }
}
