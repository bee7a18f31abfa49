package fr.vigie.app.filing;

import java.net.URI;
import java.util.Locale;

import fr.vigie.app.shell.Problems;
import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.engine.filing.FilingFormat;
import fr.vigie.engine.filing.FilingKind;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/workspaces/{id}/reports/{kind}}: a report the company files, as a file, with the
 * rights of the page (every member; 404 outside one's workspaces).
 */
@RestController
@Tag(name = "Reports", description = "The reports a company files, built from the workspace's shown assessment")
class ReportsApiController {

    private final WorkspaceAccess access;
    private final FiledReports reports;
    private final MessageSource messages;

    ReportsApiController(WorkspaceAccess access, FiledReports reports, MessageSource messages) {
        this.access = access;
        this.reports = reports;
        this.messages = messages;
    }

    @Operation(summary = "A report of the workspace as a file (attachment): vigilance-plan, eu-cmr-annual, batteries-dd"
            + " or form-sd, as docx, pdf or html, in French or English; built from the assessment the dashboard"
            + " shows, the company profile, the supplier campaigns and declarations and the grievance statistics."
            + " 404 problem filing.unknown_kind naming the kind, 400 problem for an unknown format or language,"
            + " 409 problem filing.no_assessment when the workspace has no assessment yet")
    @GetMapping("/api/workspaces/{id}/reports/{kind}")
    ResponseEntity<?> report(@PathVariable long id,
            @Parameter(description = "vigilance-plan, eu-cmr-annual, batteries-dd or form-sd") @PathVariable String kind,
            @Parameter(description = "docx, pdf or html") @RequestParam(defaultValue = "pdf") String format,
            @Parameter(description = "fr or en; the request's language when absent")
            @RequestParam(required = false) @Nullable String lang, Authentication user, Locale requestLocale) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        Locale locale = lang == null ? requestLocale : Locale.forLanguageTag(lang.strip());
        if (lang != null && !(locale.getLanguage().equals("fr") || locale.getLanguage().equals("en"))) {
            return problem(HttpStatus.BAD_REQUEST, "filing.problem.lang", requestLocale, lang);
        }
        FilingKind k;
        try {
            k = FilingKind.fromId(kind);
        } catch (ProblemException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.detail(HttpStatus.NOT_FOUND, e.problems(), locale));
        }
        FilingFormat f = ReportTexts.format(format).orElse(null);
        if (f == null) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.detail(
                    HttpStatus.BAD_REQUEST, java.util.List.of(Problem.error("filing.unknown_format", format, "docx, pdf, html")
                            .atPath("format")), locale));
        }
        FiledReports.Basis basis = reports.basis(grant).orElse(null);
        if (basis == null) {
            return problem(HttpStatus.CONFLICT, "filing.problem.no_assessment", locale, String.valueOf(id));
        }
        return ReportDownloads.attachment(reports.render(basis, k, f, locale), f,
                ReportDownloads.fileName(k, grant.workspace().name(), basis.input().reportDate(), locale, f));
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, Locale locale, Object... args) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, args, locale));
        detail.setType(URI.create(Problems.TYPE_BASE + code));
        detail.setProperty("code", code);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
