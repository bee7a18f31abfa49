package fr.vigie.app.grievance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.Workspaces;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case handlers' pages, {@code /workspaces/{id}/grievances}: the cases with their statistics and the
 * address of the public intake page, one case with its messages, attachments (downloaded, never shown
 * inline) and audit trail, and the forms that move it along the workflow or answer the reporter. Only
 * the workspace's designated case handlers get in (403 for the other members, 404 for the others);
 * every view and change is audited.
 */
@Controller
class GrievanceCaseController {

    private final WorkspaceAccess access;
    private final Workspaces workspaces;
    private final Grievances grievances;
    private final MessageSource messages;
    private final GrievanceViews views;

    GrievanceCaseController(WorkspaceAccess access, Workspaces workspaces, Grievances grievances,
            MessageSource messages, GrievanceViews views) {
        this.views = views;
        this.access = access;
        this.workspaces = workspaces;
        this.grievances = grievances;
        this.messages = messages;
    }

    /** The case list: its cases, statistics and audit lines are kept HTML ({@link GrievanceViews}). */
    @GetMapping("/workspaces/{id}/grievances")
    String cases(@PathVariable long id, Authentication user, Locale locale, HttpServletRequest request, Model model) {
        WorkspaceGrant grant = access.requireCaseHandler(id, user);
        Grievances.CaseList list = grievances.caseList(id, user.getName());
        model.addAttribute("ws", grant);
        model.addAttribute("casesSections", views.cases(id, list.cases(), Instant.now(), locale,
                request.getContextPath() + "/"));
        model.addAttribute("intakePath", "/grievance/" + workspaces.grievanceKey(id));
        model.addAttribute("auditNewest", views.newestLines(locale));
        model.addAttribute("auditRows", views.audit(list.audit(), locale));
        return "grievance/cases";
    }

    /**
     * The whole audit trail, {@value Grievances#TRAIL_PAGE_LINES} lines a page, newest first: {@code before}
     * (an audit line's id) asks for the lines older than it. Audited like every view.
     */
    @GetMapping("/workspaces/{id}/grievances/audit")
    String trail(@PathVariable long id, @RequestParam(required = false) @Nullable Long before, Authentication user,
            Locale locale, Model model) {
        WorkspaceGrant grant = access.requireCaseHandler(id, user);
        Grievances.TrailPage page = grievances.trail(id, user.getName(), before);
        model.addAttribute("ws", grant);
        model.addAttribute("auditRows", views.audit(page.lines(), locale));
        model.addAttribute("empty", page.lines().isEmpty());
        model.addAttribute("older", page.older());
        model.addAttribute("newest", before == null);
        return "grievance/audit";
    }

    /**
     * The whole audit trail as CSV (UTF-8, oldest first; columns id, at in ISO 8601 UTC, username,
     * action id, case id, detail), cells made safe for spreadsheets; the export is audited and is the
     * file's last line.
     */
    @GetMapping("/workspaces/{id}/grievances/audit.csv")
    void exportTrail(@PathVariable long id, Authentication user, HttpServletResponse response) throws IOException {
        access.requireCaseHandler(id, user);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("grievance-audit-" + id + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv").build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        Writer out = response.getWriter();
        out.write(Csv.line(List.of("id", "at", "username", "action", "case", "detail")));
        grievances.exportTrail(id, user.getName(), line -> {
            try {
                out.write(Csv.spreadsheetSafeLine(Arrays.asList(Long.toString(line.id()), line.at().toString(),
                        line.username(), line.action(), line.caseId() == null ? "" : line.caseId().toString(),
                        line.detail())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/workspaces/{id}/grievances/{caseId}")
    String detail(@PathVariable long id, @PathVariable long caseId, Authentication user, Model model) {
        WorkspaceGrant grant = access.requireCaseHandler(id, user);
        var found = grievances.detail(id, caseId, user.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + caseId));
        model.addAttribute("ws", grant);
        model.addAttribute("c", found);
        model.addAttribute("now", Instant.now());
        return "grievance/case";
    }

    @PostMapping("/workspaces/{id}/grievances/{caseId}/status")
    String move(@PathVariable long id, @PathVariable long caseId, @RequestParam String status,
            @RequestParam(required = false) String outcome, Authentication user, RedirectAttributes redirect) {
        access.requireCaseHandler(id, user);
        // the form's ids (under_assessment) or the enum's names (UNDER_ASSESSMENT)
        GrievanceStatus to = GrievanceStatus.of(status.strip().toLowerCase(Locale.ROOT)).orElse(null);
        if (to == null) {
            redirect.addFlashAttribute("error", render(Problem.error("grievance-status", status).atPath("status")));
        } else {
            switch (grievances.move(id, caseId, to, outcome, user.getName())) {
                case Grievances.Change.Done done -> redirect.addFlashAttribute("message",
                        messages.getMessage("grievance.case.moved", new Object[] {
                                messages.getMessage("grievance.status." + done.status().id(), null,
                                        LocaleContextHolder.getLocale())}, LocaleContextHolder.getLocale()));
                case Grievances.Change.Refused refused -> redirect.addFlashAttribute("error", render(refused.problem()));
                case Grievances.Change.NotFound missing ->
                        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + caseId);
            }
        }
        return "redirect:/workspaces/" + id + "/grievances/" + caseId;
    }

    @PostMapping("/workspaces/{id}/grievances/{caseId}/messages")
    String message(@PathVariable long id, @PathVariable long caseId, @RequestParam String message,
            Authentication user, RedirectAttributes redirect) {
        access.requireCaseHandler(id, user);
        Problem problem = GrievanceForm.checkMessage(message);
        if (problem != null) {
            redirect.addFlashAttribute("error", render(problem));
        } else if (!grievances.handlerMessage(id, caseId, GrievanceForm.clean(message), user.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + caseId);
        } else {
            redirect.addFlashAttribute("message", messages.getMessage("grievance.case.messageSent", null,
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/workspaces/" + id + "/grievances/" + caseId;
    }

    /** An attachment, always as a download of opaque bytes (never rendered by the browser). */
    @GetMapping("/workspaces/{id}/grievances/{caseId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long caseId, @PathVariable long attachmentId,
            Authentication user) {
        access.requireCaseHandler(id, user);
        Grievances.Attachment a = grievances.attachment(id, caseId, attachmentId, user.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no attachment " + attachmentId));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(a.bytes());
    }

    private String render(Problem problem) {
        return messages.getMessage("problem." + problem.code(), problem.args().toArray(), "problem." + problem.code(),
                LocaleContextHolder.getLocale());
    }
}
