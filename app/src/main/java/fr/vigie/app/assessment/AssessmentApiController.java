package fr.vigie.app.assessment;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.vigie.app.shell.Problems;
import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceOperations;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** JSON API for assessments, with the rights of the pages (404 outside one's workspaces, ANALYST to run). */
@RestController
@RequestMapping("/api/workspaces/{id}/assessments")
class AssessmentApiController {

    private final WorkspaceAccess access;
    private final Assessments assessments;
    private final WorkspaceOperations operations;
    private final MessageSource messages;

    AssessmentApiController(WorkspaceAccess access, Assessments assessments, WorkspaceOperations operations,
            MessageSource messages) {
        this.access = access;
        this.assessments = assessments;
        this.operations = operations;
        this.messages = messages;
    }

    @GetMapping
    List<StoredAssessment> list(@PathVariable long id, Authentication user) {
        return assessments.list(access.require(id, user, WorkspaceRole.VIEWER));
    }

    /**
     * Runs an assessment, with the workspace's supplier declarations and an optional scenario (the
     * {@code scenario} parameter or multipart text part, YAML): 201 with its record, 400 with the
     * reader's message and line when the scenario is refused, 400 (RFC 9457 problem) when the date is
     * outside 2017-01-01 to today + 5 years, 409 when the workspace has no ledger, 409 (RFC 9457 problem
     * {@code workspace.in_progress}) while another run of the workspace is in progress.
     */
    @PostMapping
    ResponseEntity<Object> run(@PathVariable long id, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String scenario, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        return switch (assessments.run(grant, date == null ? LocalDate.now() : date, Optional.ofNullable(scenario))) {
            case Assessments.RunOutcome.InvalidScenario invalid -> ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.detail(HttpStatus.BAD_REQUEST, invalid.problem()));
            case Assessments.RunOutcome.Done done -> ResponseEntity.status(HttpStatus.CREATED).body(done.assessment());
            case Assessments.RunOutcome.NoLedger none -> ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("error", "the workspace has no ledger: import one first"));
            case Assessments.RunOutcome.InvalidDate invalid -> {
                ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(
                        "assessment.date.range", new Object[] {invalid.earliest().toString(), invalid.latest().toString()},
                        LocaleContextHolder.getLocale()));
                detail.setType(URI.create("/problems/assessment.date.range"));
                detail.setProperty("code", "assessment.date.range");
                detail.setProperty("field", "date");
                detail.setProperty("earliest", invalid.earliest().toString());
                detail.setProperty("latest", invalid.latest().toString());
                yield ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
            }
            case Assessments.RunOutcome.InProgress busy -> ResponseEntity.status(HttpStatus.CONFLICT)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(operations.inProgress(WorkspaceOperations.Kind.ASSESSMENT_RUN, LocaleContextHolder.getLocale()));
        };
    }

    /** The assessment the dashboard shows: the pinned one, else the latest baseline (404 when none). */
    @GetMapping("/shown")
    StoredAssessment shown(@PathVariable long id, Authentication user) {
        return assessments.shown(access.require(id, user, WorkspaceRole.VIEWER))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no assessment"));
    }

    /** Pins an assessment to the workspace's dashboard (204). */
    @PutMapping("/{assessmentId}/pin")
    ResponseEntity<Void> pin(@PathVariable long id, @PathVariable long assessmentId, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        return assessments.pin(grant, assessmentId) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    /** Unpins: the dashboard shows the latest baseline again (204). */
    @DeleteMapping("/pin")
    ResponseEntity<Void> unpin(@PathVariable long id, Authentication user) {
        assessments.unpin(access.require(id, user, WorkspaceRole.ANALYST));
        return ResponseEntity.noContent().build();
    }

    /** The assessment in the engine's JSON format (as {@code bin/vigie assess --out x.json}). */
    @GetMapping(value = "/{assessmentId}", produces = MediaType.APPLICATION_JSON_VALUE)
    String get(@PathVariable long id, @PathVariable long assessmentId, Authentication user, Locale locale) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        return assessments.json(grant, find(grant, assessmentId), locale);
    }

    @GetMapping("/compare")
    AssessmentComparison compare(@PathVariable long id, @RequestParam long from, @RequestParam long to,
            Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        return AssessmentComparison.of(assessments.view(grant, find(grant, from)), assessments.view(grant, find(grant, to)));
    }

    private StoredAssessment find(WorkspaceGrant grant, long assessmentId) {
        return assessments.find(grant, assessmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no assessment " + assessmentId));
    }
}
