package fr.vigie.app.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * JSON API for roadmap actions (generated and own), their comments, evidence files and audit trail,
 * with the rights of the pages: members read, ANALYST (write access) changes; 404 outside one's
 * workspaces. A refused value is 422 with an RFC 9457 problem whose {@code field} names it.
 */
@RestController
@RequestMapping("/api/workspaces/{id}/roadmap")
class RoadmapApiController {

    private final WorkspaceAccess access;
    private final Roadmap roadmap;
    private final RoadmapEvidence evidence;
    private final MessageSource messages;

    RoadmapApiController(WorkspaceAccess access, Roadmap roadmap, RoadmapEvidence evidence, MessageSource messages) {
        this.access = access;
        this.roadmap = roadmap;
        this.evidence = evidence;
        this.messages = messages;
    }

    /** Every action, retired ones included (with their reason). */
    @GetMapping
    List<RoadmapAction> actions(@PathVariable long id, Authentication user) {
        return roadmap.actions(access.require(id, user, WorkspaceRole.VIEWER));
    }

    @GetMapping("/history")
    List<AuditEntry> history(@PathVariable long id, Authentication user) {
        return roadmap.history(access.require(id, user, WorkspaceRole.VIEWER));
    }

    /**
     * A new own action: {@code title} required; {@code material} a mineral id or {@code all} (the
     * default); {@code horizon} (default short) and {@code status} (default todo).
     */
    record NewAction(String title, Optional<String> description, Optional<String> material, Optional<Integer> oecdStep,
            Optional<String> horizon, Optional<String> owner, Optional<String> dueDate, Optional<String> status) {
    }

    @PostMapping
    ResponseEntity<Object> add(@PathVariable long id, @RequestBody NewAction body, Authentication user,
            HttpServletRequest http) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        Optional<Optional<LocalDate>> due = RoadmapController.date(orEmpty(body.dueDate()));
        if (due.isEmpty()) {
            return invalid("due_date");
        }
        var outcome = roadmap.add(grant, new Roadmap.Content(body.title() == null ? "" : body.title(),
                        orEmpty(body.description()), orNull(body.material()).orElse(Roadmap.COMPANY_LEVEL),
                        orNull(body.oecdStep())),
                new Roadmap.Change(orNull(body.horizon()).orElse("short"), orNull(body.owner()), due.get(),
                        orNull(body.status()).orElse("todo")));
        return switch (outcome) {
            case Roadmap.UpdateOutcome.Updated added -> ResponseEntity
                    .created(URI.create(http.getContextPath() + "/api/workspaces/" + id + "/roadmap/" + added.action().id())).body(added.action());
            case Roadmap.UpdateOutcome.Invalid invalid -> invalid(invalid.field());
            case Roadmap.UpdateOutcome.NotFound none -> ResponseEntity.notFound().build();
        };
    }

    @GetMapping("/{actionId}")
    RoadmapAction action(@PathVariable long id, @PathVariable long actionId, Authentication user) {
        return roadmap.find(access.require(id, user, WorkspaceRole.VIEWER), actionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The fields a client may change; absent fields keep their value, an empty owner or due date
     * clears it. {@code title}, {@code description}, {@code material} and {@code oecdStep} only for an
     * own action (422 {@code generated} otherwise); {@code comment} adds a comment.
     */
    record Patch(Optional<String> horizon, Optional<String> owner, Optional<String> dueDate, Optional<String> status,
            Optional<String> title, Optional<String> description, Optional<String> material,
            Optional<Integer> oecdStep, Optional<String> comment) {
    }

    @PatchMapping("/{actionId}")
    ResponseEntity<Object> update(@PathVariable long id, @PathVariable long actionId, @RequestBody Patch patch,
            Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        RoadmapAction current = roadmap.find(grant, actionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<LocalDate> due = current.dueDate();
        if (patch.dueDate() != null && patch.dueDate().isPresent()) {
            Optional<Optional<LocalDate>> parsed = RoadmapController.date(patch.dueDate().get());
            if (parsed.isEmpty()) {
                return invalid("due_date");
            }
            due = parsed.get();
        }
        boolean rewrites = present(patch.title()) || present(patch.description()) || present(patch.material())
                || present(patch.oecdStep());
        if (rewrites) {
            var rewritten = roadmap.rewrite(grant, actionId, new Roadmap.Content(
                    orNull(patch.title()).orElse(Roadmap.verbatimOf(current.title())),
                    orNull(patch.description()).orElse(current.description().orElse("")),
                    orNull(patch.material()).orElse(current.material()),
                    present(patch.oecdStep()) ? patch.oecdStep() : current.oecdStep()));
            if (!(rewritten instanceof Roadmap.UpdateOutcome.Updated)) {
                return answer(rewritten);
            }
        }
        Roadmap.Change change = new Roadmap.Change(orNull(patch.horizon()).orElse(current.horizon()),
                patch.owner() == null || patch.owner().isEmpty() ? current.owner() : patch.owner(), due,
                orNull(patch.status()).orElse(current.status()));
        var outcome = roadmap.update(grant, actionId, change);
        if (outcome instanceof Roadmap.UpdateOutcome.Updated && present(patch.comment())) {
            outcome = roadmap.comment(grant, actionId, patch.comment().get());
        }
        return answer(outcome);
    }

    /** Removes an own action (204); a generated action is retired by the assessments, never removed (422). */
    @DeleteMapping("/{actionId}")
    ResponseEntity<Object> remove(@PathVariable long id, @PathVariable long actionId, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        return switch (roadmap.remove(grant, actionId)) {
            case REMOVED -> ResponseEntity.noContent().build();
            case GENERATED -> invalid("generated");
            case NOT_FOUND -> ResponseEntity.notFound().build();
        };
    }

    @GetMapping("/{actionId}/comments")
    List<Roadmap.Comment> comments(@PathVariable long id, @PathVariable long actionId, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        action(grant, actionId);
        return roadmap.comments(grant, actionId);
    }

    /** A comment's text. */
    record NewComment(String body) {
    }

    @PostMapping("/{actionId}/comments")
    ResponseEntity<Object> comment(@PathVariable long id, @PathVariable long actionId, @RequestBody NewComment body,
            Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        var outcome = roadmap.comment(grant, actionId, body.body() == null ? "" : body.body());
        return switch (outcome) {
            case Roadmap.UpdateOutcome.Updated updated -> ResponseEntity.status(HttpStatus.CREATED)
                    .body(roadmap.comments(grant, actionId).getLast());
            default -> answer(outcome);
        };
    }

    @GetMapping("/{actionId}/evidence")
    List<RoadmapEvidence.Evidence> evidence(@PathVariable long id, @PathVariable long actionId, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        action(grant, actionId);
        return evidence.list(grant, actionId);
    }

    /** Adds an evidence file (multipart part {@code file}): 201, or 422 with why it was refused. */
    @PostMapping(value = "/{actionId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> addEvidence(@PathVariable long id, @PathVariable long actionId,
            @RequestParam("file") MultipartFile file, Authentication user) throws IOException {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        RoadmapEvidence.AddOutcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = evidence.add(grant, actionId, name, in);
        }
        return switch (outcome) {
            case RoadmapEvidence.AddOutcome.Added added -> ResponseEntity.status(HttpStatus.CREATED).body(added.evidence());
            case RoadmapEvidence.AddOutcome.Refused refused ->
                    problem("roadmap.evidence.refused." + refused.code(), "file", new Object[0]);
            case RoadmapEvidence.AddOutcome.NotFound none -> ResponseEntity.notFound().build();
        };
    }

    /** An evidence file, always as a download. */
    @GetMapping("/{actionId}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long actionId, @PathVariable long evidenceId,
            Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        return EvidenceDownloads.of(evidence.download(grant, actionId, evidenceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    @DeleteMapping("/{actionId}/evidence/{evidenceId}")
    ResponseEntity<Void> removeEvidence(@PathVariable long id, @PathVariable long actionId,
            @PathVariable long evidenceId, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        return evidence.remove(grant, actionId, evidenceId) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    private RoadmapAction action(WorkspaceGrant grant, long actionId) {
        return roadmap.find(grant, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ResponseEntity<Object> answer(Roadmap.UpdateOutcome outcome) {
        return switch (outcome) {
            case Roadmap.UpdateOutcome.Updated updated -> ResponseEntity.ok(updated.action());
            case Roadmap.UpdateOutcome.Invalid invalid -> invalid(invalid.field());
            case Roadmap.UpdateOutcome.NotFound none -> ResponseEntity.notFound().build();
        };
    }

    private ResponseEntity<Object> invalid(String field) {
        return problem("roadmap.invalid." + field, field, new Object[0]);
    }

    /** 422 with an RFC 9457 problem: type {@code /problems/<key>}, the message in the request's language. */
    private ResponseEntity<Object> problem(String key, String field, Object[] args) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(key, args, LocaleContextHolder.getLocale()));
        detail.setType(URI.create("/problems/" + key));
        detail.setProperty("code", key);
        detail.setProperty("field", field);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }

    private static boolean present(Optional<?> value) {
        return value != null && value.isPresent();
    }

    private static <T> Optional<T> orNull(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    private static String orEmpty(Optional<String> value) {
        return value == null ? "" : value.orElse("");
    }
}
