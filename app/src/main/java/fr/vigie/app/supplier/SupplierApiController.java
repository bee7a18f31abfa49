package fr.vigie.app.supplier;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import com.fasterxml.jackson.annotation.JsonProperty;

import fr.vigie.app.assessment.DeclarationFinding;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import fr.vigie.app.shell.Problems;
import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.engine.kernel.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * JSON API for suppliers and campaigns, with the rights of the pages (reading needs a membership,
 * changes ANALYST; a workspace the caller does not belong to answers 404). Refused input answers 422
 * with an RFC 9457 problem detail whose {@code errors} property lists each refused field and why, in
 * the request's language; a missing supplier or campaign 404 with a problem detail.
 */
@RestController
@RequestMapping("/api/workspaces/{id}")
@Tag(name = "Suppliers and campaigns", description = "A workspace's suppliers and the declaration campaigns sent to them")
class SupplierApiController {

    private final WorkspaceAccess access;
    private final Suppliers suppliers;
    private final Campaigns campaigns;
    private final MessageSource messages;

    SupplierApiController(WorkspaceAccess access, Suppliers suppliers, Campaigns campaigns, MessageSource messages) {
        this.access = access;
        this.suppliers = suppliers;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    /** Body of {@code POST /api/workspaces/{id}/suppliers}. */
    record SupplierRequest(@Nullable String name, @Nullable String country, @Nullable String email,
            @Nullable String language, @Nullable List<String> templates) {
    }

    /** A supplier. */
    record SupplierView(long id, String name, String country, String email, String language, List<String> templates,
            @JsonProperty("updated_at") Instant updatedAt) {
        static SupplierView of(Supplier s) {
            return new SupplierView(s.id(), s.name(), s.country(), s.email(), s.language().code(),
                    s.templates().stream().sorted().map(Enum::name).toList(), s.updatedAt());
        }
    }

    /** Body of {@code POST /api/workspaces/{id}/campaigns}. */
    record CampaignRequest(@Nullable String template, @JsonProperty("supplier_ids") @Nullable List<Long> supplierIds,
            @JsonProperty("due_date") @Nullable String dueDate, @Nullable String message) {
    }

    /** A finding of an answer: the engine's rule and place, and its message in the request's language. */
    record FindingView(String severity, String rule, String sheet, String cell, String key, List<Object> args,
            String message) {
        static FindingView of(DeclarationFinding f, Messages messages) {
            return new FindingView(f.severity(), f.rule(), f.sheet(), f.cell(), f.key(), f.args(), f.message(messages));
        }
    }

    /** A supplier's answer. */
    record AnswerView(long id, @JsonProperty("received_at") Instant receivedAt, @JsonProperty("file_name") String fileName,
            boolean read, String template, String version, String company, List<FindingView> findings) {
    }

    /** A request to one supplier; {@code findings} are those of its newest answer. */
    record RequestView(long id, @JsonProperty("supplier_id") long supplierId,
            @JsonProperty("supplier_name") String supplierName, String status,
            @JsonProperty("requested_at") Instant requestedAt, @JsonProperty("reminded_at") @Nullable Instant remindedAt,
            @JsonProperty("overdue_reminded_at") @Nullable Instant overdueRemindedAt,
            @JsonProperty("decided_at") @Nullable Instant decidedAt, @JsonProperty("decided_by") @Nullable String decidedBy,
            @Nullable String comment, List<FindingView> findings, List<AnswerView> answers) {
    }

    /** A campaign with its requests. */
    record CampaignView(long id, String template, @JsonProperty("due_date") LocalDate dueDate, String message,
            @JsonProperty("created_at") Instant createdAt, @JsonProperty("created_by") String createdBy,
            List<RequestView> requests) {
        static CampaignView of(Campaigns.Campaign c, Messages messages) {
            List<RequestView> requests = new ArrayList<>();
            for (Campaigns.Request r : c.requests()) {
                List<AnswerView> answers = r.answers().stream().map(a -> new AnswerView(a.id(), a.receivedAt(),
                        a.fileName(), a.stored(), a.template(), a.version(), a.company(),
                        a.findings().stream().map(f -> FindingView.of(f, messages)).toList())).toList();
                requests.add(new RequestView(r.id(), r.supplierId(), r.supplierName(), r.status().id(), r.requestedAt(),
                        r.remindedBefore(), r.remindedOverdue(), r.decidedAt(), r.decidedBy(), r.comment(),
                        answers.isEmpty() ? List.of() : answers.getFirst().findings(), answers));
            }
            return new CampaignView(c.id(), c.template().name(), c.dueDate(), c.message(), c.createdAt(), c.createdBy(),
                    requests);
        }
    }

    @Operation(summary = "The workspace's suppliers, by name")
    @GetMapping("/suppliers")
    List<SupplierView> suppliers(@PathVariable long id, Authentication user) {
        return suppliers.list(access.require(id, user, WorkspaceRole.VIEWER)).stream().map(SupplierView::of).toList();
    }

    /** Adds a supplier: 201 with it, 422 for refused fields, 409 when the name is taken. */
    @Operation(summary = "Add a supplier (ANALYST): 201 with its id; 422 problem detail naming each refused field; 409 name taken")
    @PostMapping(value = "/suppliers", consumes = "application/json")
    ResponseEntity<Object> createSupplier(@PathVariable long id, @RequestBody SupplierRequest body,
            Authentication user, HttpServletRequest http) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        return switch (suppliers.create(grant, new SupplierInput(body.name(), body.country(), body.email(),
                body.language(), body.templates()))) {
            case Suppliers.Outcome.Saved saved -> ResponseEntity
                    .created(URI.create(http.getContextPath() + "/api/workspaces/" + id + "/suppliers/" + saved.supplier().id()))
                    .body(SupplierView.of(saved.supplier()));
            case Suppliers.Outcome.Invalid invalid -> invalid(invalid.errors());
            case Suppliers.Outcome.NameTaken taken -> problem(HttpStatus.CONFLICT, "supplier-name-taken",
                    text("supplier.error.name-taken"), Map.of());
            case Suppliers.Outcome.NotFound missing -> notFound("supplier");
        };
    }

    @Operation(summary = "One supplier; 404 problem detail when the workspace has none with this id")
    @GetMapping("/suppliers/{supplierId}")
    ResponseEntity<Object> supplier(@PathVariable long id, @PathVariable long supplierId, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        return suppliers.find(grant, supplierId).<ResponseEntity<Object>>map(s -> ResponseEntity.ok(SupplierView.of(s)))
                .orElseGet(() -> notFound("supplier"));
    }

    /** Creates a campaign and sends its e-mails: 201 with its id and requests, 422 for refused fields. */
    @Operation(summary = "Start a campaign (ANALYST): one e-mail per supplier in its language with a personal link;"
            + " 201 with its id and requests; 422 problem detail naming each refused field")
    @PostMapping(value = "/campaigns", consumes = "application/json")
    ResponseEntity<Object> createCampaign(@PathVariable long id, @RequestBody CampaignRequest body,
            Authentication user, HttpServletRequest http) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        Campaigns.Input input = new Campaigns.Input(body.template(), body.supplierIds(), body.dueDate(), body.message());
        return switch (campaigns.create(grant, input, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString())) {
            case Campaigns.Outcome.Created created -> ResponseEntity
                    .created(URI.create(http.getContextPath() + "/api/workspaces/" + id + "/campaigns/" + created.campaign().id()))
                    .body(CampaignView.of(created.campaign(), engineMessages()));
            case Campaigns.Outcome.Invalid invalid -> invalid(invalid.errors());
        };
    }

    @Operation(summary = "A campaign with each request's status and the findings of its newest answer")
    @GetMapping("/campaigns/{campaignId}")
    ResponseEntity<Object> campaign(@PathVariable long id, @PathVariable long campaignId, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        return campaigns.find(grant, campaignId)
                .<ResponseEntity<Object>>map(c -> ResponseEntity.ok(CampaignView.of(c, engineMessages())))
                .orElseGet(() -> notFound("campaign"));
    }

    /** A missing workspace (or one the caller may not see) as a problem detail, like a missing campaign. */
    @org.springframework.web.bind.annotation.ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Object> status(ResponseStatusException e) {
        return problem(e.getStatusCode(), "not-found", e.getReason() == null ? "not found" : e.getReason(), Map.of());
    }

    private ResponseEntity<Object> invalid(List<SupplierInput.Invalid> errors) {
        List<Map<String, String>> fields = errors.stream()
                .map(e -> Map.of("field", e.field(), "message", text(e.key()))).toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input",
                fields.stream().map(f -> f.get("field") + ": " + f.get("message")).reduce((a, b) -> a + "; " + b)
                        .orElse(""), Map.of("errors", fields));
    }

    private ResponseEntity<Object> notFound(String what) {
        return problem(HttpStatus.NOT_FOUND, "not-found", text("api.error.not-found." + what), Map.of());
    }

    private ResponseEntity<Object> problem(HttpStatusCode status, String code, String detail, Map<String, Object> more) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(Problems.TYPE_BASE + code));
        problem.setTitle(text("api.error.title"));
        problem.setProperty("code", code);
        Map<String, Object> properties = new LinkedHashMap<>(more);
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static Messages engineMessages() {
        return Problems.messages(locale());
    }
}
