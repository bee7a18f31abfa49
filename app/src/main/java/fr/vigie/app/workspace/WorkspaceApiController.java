package fr.vigie.app.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.vigie.app.shell.Problems;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.ledger.Ledger;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * JSON API for workspaces, profiles and ledgers, with the same rights as the pages (a workspace
 * the caller does not belong to answers 404; changes need ANALYST, renaming needs the workspace
 * ADMIN, deleting a global ADMIN; CSRF token as for forms, header {@code X-CSRF-TOKEN}).
 */
@RestController
@RequestMapping("/api/workspaces")
class WorkspaceApiController {

    private final Workspaces workspaces;
    private final WorkspaceAccess access;
    private final ProfileValidator validator;
    private final LedgerStore ledgers;
    private final LedgerUploads uploads;
    private final WorkspaceOperations operations;

    WorkspaceApiController(Workspaces workspaces, WorkspaceAccess access, ProfileValidator validator,
            LedgerStore ledgers, LedgerUploads uploads, WorkspaceOperations operations) {
        this.operations = operations;
        this.workspaces = workspaces;
        this.access = access;
        this.validator = validator;
        this.ledgers = ledgers;
        this.uploads = uploads;
    }

    /**
     * A workspace with the caller's role and the absolute address of its public grievance intake page
     * ({@code grievance_url}, see fr.vigie.app.grievance).
     */
    record WorkspaceView(long id, String name, String role, String updatedAt, String updatedBy,
            @JsonProperty("grievance_url") String grievanceUrl) {
    }

    private WorkspaceView view(WorkspaceGrant grant) {
        Workspace w = grant.workspace();
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/grievance/{key}").buildAndExpand(workspaces.grievanceKey(w.id())).toUriString();
        return new WorkspaceView(w.id(), w.name(), grant.role().name(), w.updatedAt().toString(), w.updatedBy(), url);
    }

    @GetMapping
    List<WorkspaceView> list(Authentication user) {
        return access.visible(user).stream()
                .map(w -> access.find(w.id(), user).map(this::view).orElseThrow())
                .toList();
    }

    /** Body of {@code POST /api/workspaces} and {@code PATCH /api/workspaces/{id}}. */
    record NameRequest(String name) {
    }

    /**
     * Creates a workspace (global ADMIN or ANALYST; a global VIEWER gets 403); the creator becomes
     * its ADMIN. 201 with the workspace, 400 for a blank or too long name, 409 when the name is taken.
     */
    @PostMapping(consumes = "application/json")
    ResponseEntity<Object> create(@RequestBody NameRequest request, Authentication user, HttpServletRequest http) {
        if (!WorkspaceAccess.globalRole(user).includes(WorkspaceRole.ANALYST)) {
            throw new AccessDeniedException("viewers do not create workspaces");
        }
        Optional<String> name = Workspaces.cleanName(request.name());
        if (name.isEmpty()) {
            return invalidName();
        }
        String yaml = ProfileYaml.entry(ProfileField.ALL.getFirst(), name.get());
        return switch (workspaces.createOwned(name.get(), yaml, user.getName())) {
            case Workspaces.CreateOutcome.Created created -> ResponseEntity
                    .created(URI.create(http.getContextPath() + "/api/workspaces/" + created.workspace().id()))
                    .body(view(access.require(created.workspace().id(), user, WorkspaceRole.VIEWER)));
            case Workspaces.CreateOutcome.NameTaken taken -> nameTaken(taken.name());
        };
    }

    /** Renames a workspace (workspace ADMIN): 200 with the workspace, 400 invalid name, 409 name taken. */
    @PatchMapping(value = "/{id}", consumes = "application/json")
    ResponseEntity<Object> rename(@PathVariable long id, @RequestBody NameRequest request, Authentication user) {
        access.require(id, user, WorkspaceRole.ADMIN);
        Optional<String> name = Workspaces.cleanName(request.name());
        if (name.isEmpty()) {
            return invalidName();
        }
        return switch (workspaces.rename(id, name.get(), user.getName())) {
            case Workspaces.RenameOutcome.Renamed renamed ->
                    ResponseEntity.ok(view(access.require(id, user, WorkspaceRole.VIEWER)));
            case Workspaces.RenameOutcome.NameTaken taken -> nameTaken(taken.name());
            case Workspaces.RenameOutcome.NotFound missing ->
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no workspace " + id);
        };
    }

    /** Deletes a workspace and all its data (global ADMIN only): 204. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Authentication user) {
        access.requireDeletion(id, user);
        workspaces.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ProblemDetail> profileTooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "a profile has at most " + ProfileController.MAX_PROFILE_BYTES + " bytes");
        problem.setTitle("Profile too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<Object> invalidName() {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_name",
                "message", "give a name of 1 to " + Workspaces.NAME_MAX + " characters"));
    }

    private static ResponseEntity<Object> nameTaken(String name) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "name_taken",
                "message", "a workspace named '" + name + "' exists already"));
    }

    @GetMapping("/{id}")
    WorkspaceView get(@PathVariable long id, Authentication user) {
        return view(access.require(id, user, WorkspaceRole.VIEWER));
    }

    @GetMapping("/{id}/members")
    List<Workspaces.Member> members(@PathVariable long id, Authentication user) {
        access.require(id, user, WorkspaceRole.VIEWER);
        return workspaces.members(id);
    }

    @GetMapping("/{id}/profile")
    Map<String, Object> profile(@PathVariable long id, Authentication user) {
        access.require(id, user, WorkspaceRole.VIEWER);
        String yaml = workspaces.profileYaml(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("yaml", yaml);
        out.put("fields", ProfileYaml.read(yaml));
        return out;
    }

    /**
     * Replaces the profile with a YAML (or JSON) text of at most {@value ProfileController#MAX_PROFILE_BYTES}
     * bytes (413 problem detail above, refused before the body is read when its length is declared and
     * before anything parses it otherwise); when invalid, 422 with an RFC 9457 problem document listing
     * the problems (see {@link #invalidProfile}).
     */
    @Operation(summary = "Replace the company profile with a YAML or JSON text",
            description = "200 {saved: true, warnings}; 413 problem detail above the size limit; 422 RFC 9457 "
                    + "problem document (type /problems/<code>) whose 'problems' lists every problem with its "
                    + "code, path, line, message and detail, and 'errors' the messages by form field, in the "
                    + "request's language (lang parameter or Accept-Language)")
    @ApiResponse(responseCode = "200", description = "saved")
    @ApiResponse(responseCode = "413", description = "too large",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "invalid profile: the problems",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping(value = "/{id}/profile", consumes = {"application/yaml", "text/plain", "application/json"})
    ResponseEntity<?> putProfile(@PathVariable long id, HttpServletRequest request, Authentication user)
            throws IOException {
        access.require(id, user, WorkspaceRole.ANALYST);
        if (request.getContentLengthLong() > ProfileController.MAX_PROFILE_BYTES) {
            return profileTooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(ProfileController.MAX_PROFILE_BYTES + 1);
        }
        if (body.length > ProfileController.MAX_PROFILE_BYTES) {
            return profileTooLarge();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return switch (validator.checkYaml(text)) {
            case ProfileValidator.Outcome.Valid valid -> {
                workspaces.saveProfile(id, valid.yaml(), user.getName());
                yield ResponseEntity.ok(Map.of("saved", true, "warnings", valid.warnings()));
            }
            case ProfileValidator.Outcome.Invalid invalid -> invalidProfile(invalid);
        };
    }

    /**
     * 422 with one RFC 9457 problem document: {@code type} {@code /problems/<code>} of the first
     * problem, {@code problems} listing every problem (code, path, line, rendered message and detail)
     * and {@code errors} the rendered problems by form field, all in the request's language.
     */
    private static ResponseEntity<Object> invalidProfile(ProfileValidator.Outcome.Invalid invalid) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail detail = Problems.detail(HttpStatus.UNPROCESSABLE_CONTENT, invalid.problems(), locale);
        detail.setProperty("problems", Problems.list(invalid.problems(), locale));
        detail.setProperty("errors", invalid.errors());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail);
    }

    @GetMapping("/{id}/ledgers")
    List<StoredLedger> ledgers(@PathVariable long id, Authentication user) {
        access.require(id, user, WorkspaceRole.VIEWER);
        return ledgers.history(id);
    }

    @GetMapping("/{id}/ledgers/current")
    Map<String, Object> currentLedger(@PathVariable long id, Authentication user) {
        access.require(id, user, WorkspaceRole.VIEWER);
        StoredLedger stored = ledgers.current(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no ledger imported"));
        Ledger ledger = ledgers.ledger(stored.id());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ledger", stored);
        out.put("filieres", ledger.filieres().stream().map(WorkspaceApiController::filiere).toList());
        return out;
    }

    /**
     * Imports a ledger file: 201 with the report, 422 with the rejected lines, 400 when refused, 503 when
     * busy, 409 (RFC 9457 problem) while another import of the workspace is in progress.
     */
    @PostMapping("/{id}/ledgers")
    ResponseEntity<Object> upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
            Authentication user) throws IOException {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        LedgerUploads.Outcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = uploads.upload(grant, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    file.getSize(), in);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        return switch (outcome) {
            case LedgerUploads.Outcome.Imported imported -> {
                out.put("outcome", "imported");
                out.put("ledger", imported.ledger());
                out.put("report", LedgerStore.reportTree(imported.report()));
                yield ResponseEntity.status(HttpStatus.CREATED).body(out);
            }
            case LedgerUploads.Outcome.Rejected rejected -> {
                out.put("outcome", "rejected");
                out.put("report", LedgerStore.reportTree(rejected.report()));
                yield ResponseEntity.unprocessableEntity().body(out);
            }
            case LedgerUploads.Outcome.Refused refused when refused.code().equals("running") ->
                    ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body(operations.inProgress(WorkspaceOperations.Kind.LEDGER_IMPORT,
                                    LocaleContextHolder.getLocale()));
            case LedgerUploads.Outcome.Refused refused -> {
                out.put("outcome", "refused");
                out.put("reason", refused.code());
                out.put("message", refused.detail());
                yield refused.code().equals("busy")
                        ? ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                                .body(out)
                        : ResponseEntity.badRequest().body(out);
            }
        };
    }

    private static Map<String, Object> filiere(FiliereAggregate f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("material", f.material().toString());
        m.put("lines", f.lines());
        m.put("mass_kg", f.massKg());
        m.put("spend_eur", f.spendEur());
        m.put("origin_coverage", f.originCoverage());
        m.put("refiner_coverage", f.refinerCoverage());
        m.put("recycled_share", f.recycledShare());
        m.put("suppliers", f.suppliers());
        m.put("smelters", f.smelters());
        return m;
    }
}
