package fr.vigie.app.duediligence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import fr.vigie.app.roadmap.EvidenceDownloads;
import fr.vigie.app.shell.Problems;
import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.oecd.SubStep;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * JSON API of a workspace's OECD five steps, with the rights of the pages: members read, ANALYST and
 * ADMIN change; 404 outside one's workspaces, for an unknown scope (not {@code company} nor a mineral id)
 * and an unknown sub-step code. A refused value is 422 with an RFC 9457 problem whose {@code field}
 * names it.
 */
@RestController
@RequestMapping("/api/workspaces/{id}/due-diligence/steps")
@Tag(name = "OECD due diligence steps", description = "A workspace's OECD five steps: status, owner, dates, linked roadmap actions, evidence and maturity")
class StepsApiController {

    private final WorkspaceAccess access;
    private final StepRecords records;
    private final MessageSource messages;

    StepsApiController(WorkspaceAccess access, StepRecords records, MessageSource messages) {
        this.access = access;
        this.records = records;
        this.messages = messages;
    }

    /** A sub-step of the catalogue, named in the request's language. */
    record CatalogueEntry(String code, int step, String name, String section, String reference, String source,
            Optional<Integer> page,
            boolean pageVerified, boolean structureVerified, List<String> sides) {
    }

    /** The whole record: the summary, the catalogue and what was recorded. */
    record StepsDocument(StepsSummary summary, List<CatalogueEntry> catalogue, List<StepRecords.SubStepRecord> records) {
    }

    @GetMapping
    @Operation(summary = "The workspace's steps: maturity per filiere and for the company, the catalogue of sub-steps,"
            + " and every sub-step recorded")
    StepsDocument steps(@PathVariable long id, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        Messages m = Problems.messages(LocaleContextHolder.getLocale());
        List<CatalogueEntry> catalogue = records.catalogue().subSteps().stream()
                .map(s -> entry(s, m)).toList();
        return new StepsDocument(records.summary(grant), catalogue, records.records(grant));
    }

    private static CatalogueEntry entry(SubStep s, Messages m) {
        return new CatalogueEntry(s.code(), s.step(), m.render(s.name()), s.section(), s.reference(),
                m.render(s.source()), s.page(), s.pageVerified(),
                s.structureVerified(), s.sides().stream().map(x -> x.id()).sorted().toList());
    }

    @GetMapping("/summary")
    @Operation(summary = "The workspace's steps in figures: per step, the sub-steps at each level, the maturity and"
            + " the evidence count, per filiere and for the company")
    StepsSummary summary(@PathVariable long id, Authentication user) {
        return records.summary(access.require(id, user, WorkspaceRole.VIEWER));
    }

    @GetMapping("/history")
    @Operation(summary = "Who changed what and when, newest first")
    List<StepRecords.AuditEntry> history(@PathVariable long id, Authentication user) {
        return records.history(access.require(id, user, WorkspaceRole.VIEWER));
    }

    @GetMapping("/{scope}/{code}")
    @Operation(summary = "One sub-step of a scope (company or a mineral id); a sub-step never recorded is not started;"
            + " 404 for an unknown scope or code")
    StepRecords.SubStepRecord subStep(@PathVariable long id, @PathVariable String scope, @PathVariable String code,
            Authentication user) {
        return records.find(access.require(id, user, WorkspaceRole.VIEWER), scope, code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The values of a sub-step: absent fields keep their value; an empty owner or date clears it;
     * {@code actions} replaces the linked roadmap actions' ids.
     */
    record Put(String status, String owner, String startDate, String dueDate, String doneDate, List<Long> actions) {
    }

    @PutMapping("/{scope}/{code}")
    @Operation(summary = "Set a sub-step's status (not_started, in_progress, implemented, not_applicable), owner,"
            + " start, due and done dates (yyyy-mm-dd) and linked roadmap action ids (ANALYST); 422 problem naming"
            + " the refused field")
    ResponseEntity<Object> put(@PathVariable long id, @PathVariable String scope, @PathVariable String code,
            @RequestBody Put body, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        return answer(records.save(grant, scope, code, new StepRecords.Change(body.status(), body.owner(),
                body.startDate(), body.dueDate(), body.doneDate(), body.actions())), false);
    }

    @PostMapping(value = "/{scope}/{code}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add an evidence file (multipart part file: PDF, PNG, JPEG, DOCX, XLSX, PPTX, ODT, ODS, CSV"
            + " or TXT, size-limited) (ANALYST): 201, or 422 problem naming the field file")
    ResponseEntity<Object> addFile(@PathVariable long id, @PathVariable String scope, @PathVariable String code,
            @RequestParam("file") MultipartFile file, Authentication user) throws IOException {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            return answer(records.addFile(grant, scope, code, name, in), true);
        }
    }

    /** A link: an http or https address and an optional label. */
    record Link(String url, String label) {
    }

    @PostMapping("/{scope}/{code}/links")
    @Operation(summary = "Add a link as evidence (http or https only) (ANALYST): 201, or 422 problem naming the field")
    ResponseEntity<Object> addLink(@PathVariable long id, @PathVariable String scope, @PathVariable String code,
            @RequestBody Link body, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        return answer(records.addLink(grant, scope, code, body.url(), body.label()), true);
    }

    @GetMapping("/{scope}/{code}/evidence/{evidenceId}")
    @Operation(summary = "An evidence file, always as a download (attachment, nosniff, sandboxed); 404 for a link")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String scope, @PathVariable String code,
            @PathVariable long evidenceId, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        StepRecords.Download d = records.download(grant, scope, code, evidenceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return EvidenceDownloads.attachment(d.evidence().fileName().orElseThrow(), d.type(), d.content());
    }

    @DeleteMapping("/{scope}/{code}/evidence/{evidenceId}")
    @Operation(summary = "Remove a piece of evidence, file or link (ANALYST): 204")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable String scope, @PathVariable String code,
            @PathVariable long evidenceId, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        return records.removeEvidence(grant, scope, code, evidenceId) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    private ResponseEntity<Object> answer(StepRecords.Outcome outcome, boolean created) {
        return switch (outcome) {
            case StepRecords.Outcome.Saved saved -> created
                    ? ResponseEntity.status(HttpStatus.CREATED).body(saved.evidence().isPresent()
                            ? saved.evidence().get() : saved.record())
                    : ResponseEntity.ok(saved.record());
            case StepRecords.Outcome.Invalid invalid -> problem(invalid);
            case StepRecords.Outcome.NotFound none -> ResponseEntity.notFound().build();
        };
    }

    /** 422 with an RFC 9457 problem: type {@code /problems/dd.invalid.<code>}, the message in the request's language. */
    private ResponseEntity<Object> problem(StepRecords.Outcome.Invalid invalid) {
        String key = "dd.invalid." + invalid.code();
        Object[] args = {records.maxBytes() / (1024 * 1024)};
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(key, args, LocaleContextHolder.getLocale()));
        detail.setType(URI.create("/problems/" + key));
        detail.setProperty("code", key);
        detail.setProperty("field", invalid.field());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail);
    }
}
