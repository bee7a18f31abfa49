package fr.vigie.app.filing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import fr.vigie.app.assessment.StoredAssessment;
import fr.vigie.app.knowledge.ReferenceNames;
import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceProfiles;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.engine.filing.FilingFormat;
import fr.vigie.engine.filing.FilingKind;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.regulation.RegulationAssessment;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /workspaces/{id}/reports}: the four reports a company files, each with what it is for, the
 * text that requires it and whether that text applies to the workspace's company, downloads as DOCX,
 * PDF and HTML in the reader's language, and a preview of the chosen one (the HTML report in a
 * sandboxed frame, {@link ReportDownloads#PREVIEW_POLICY}). Under the EU conflict minerals report, the
 * imports the company profile declares that the assessment's ledger does not cover (the engine's
 * {@code EuConflictMineralsCoverage} findings). Every member may read them.
 */
@Controller
class ReportsController {

    private final WorkspaceAccess access;
    private final WorkspaceProfiles profiles;
    private final FiledReports reports;
    private final ReportsViews views;
    private final ReferenceNames names;

    ReportsController(WorkspaceAccess access, WorkspaceProfiles profiles, FiledReports reports, ReportsViews views,
            ReferenceNames names) {
        this.views = views;
        this.names = names;
        this.access = access;
        this.profiles = profiles;
        this.reports = reports;
    }

    /**
     * A report of the page.
     *
     * @param kind       the report
     * @param regulation the id of the text that requires it (an anchor of the regulations page)
     * @param assessment what the regulations' applicability says of that text for the company today,
     *                   when the catalogue holds it
     */
    record Row(FilingKind kind, String regulation, @Nullable RegulationAssessment assessment) {
        /** The outcome's id ({@code applies}, {@code cannot_tell}, ...), {@code null} when unknown. */
        public @Nullable String outcome() {
            return assessment == null ? null : assessment.outcome().id();
        }
    }

    /** The reports page: its list of reports and preview are kept HTML ({@link ReportsViews}). */
    @GetMapping("/workspaces/{id}/reports")
    String page(@PathVariable long id, @RequestParam(required = false) @Nullable String kind, Authentication user,
            Locale locale, Model model, HttpServletRequest request) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        FilingKind selected = kind == null ? FilingKind.values()[0] : kind(kind);
        Map<String, RegulationAssessment> texts = profiles.applicableTexts(id, LocalDate.now()).stream()
                .collect(Collectors.toMap(a -> a.text().id(), Function.identity(), (a, b) -> a));
        List<Row> rows = Arrays.stream(FilingKind.values())
                .map(k -> new Row(k, ReportTexts.regulation(k), texts.get(ReportTexts.regulation(k)))).toList();
        StoredAssessment basis = reports.assessment(grant).orElse(null);
        boolean stepsMissing = basis != null && reports.steps(grant).isEmpty();
        List<ReportsViews.Finding> findings = basis == null ? List.of() : findings(reports.uncoveredImports(grant, basis),
                names.engine(locale));
        model.addAttribute("ws", grant);
        model.addAttribute("reportsSection", views.reports(grant, rows, selected, basis, stepsMissing, findings, locale,
                request.getContextPath() + "/"));
        return "filing/reports";
    }

    /** The HTML report shown in the page's frame (never a download), with {@link ReportDownloads#PREVIEW_POLICY}. */
    @GetMapping("/workspaces/{id}/reports/{kind}/preview")
    ResponseEntity<byte[]> preview(@PathVariable long id, @PathVariable String kind, Authentication user,
            Locale locale) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        FilingKind k = kind(kind);
        FiledReports.Basis basis = basis(grant);
        return ReportDownloads.preview(reports.render(basis, k, FilingFormat.HTML, locale));
    }

    /** The report as a file: {@code format} is docx, pdf or html; in the page's language. */
    @GetMapping("/workspaces/{id}/reports/{kind}/download")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String kind, @RequestParam String format,
            Authentication user, Locale locale) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        FilingKind k = kind(kind);
        FilingFormat f = ReportTexts.format(format).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown format " + format + " (docx, pdf, html)"));
        FiledReports.Basis basis = basis(grant);
        return ReportDownloads.attachment(reports.render(basis, k, f, locale), f,
                ReportDownloads.fileName(k, grant.workspace().name(), basis.input().reportDate(), locale, f));
    }

    /** The findings as the page shows them: the profile line and the text, rendered in the page's language. */
    static List<ReportsViews.Finding> findings(List<Problem> problems, Messages messages) {
        return problems.stream().map(p -> new ReportsViews.Finding(p.code(), p.line(), messages.render(p.text()))).toList();
    }

    private FiledReports.Basis basis(WorkspaceGrant grant) {
        return reports.basis(grant).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "workspace " + grant.id() + " has no assessment yet"));
    }

    private static FilingKind kind(String kind) {
        try {
            return FilingKind.fromId(kind);
        } catch (ProblemException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no report kind " + kind + " (" + FilingKind.ids() + ")");
        }
    }
}
