package fr.vigie.app.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import fr.vigie.app.shell.Problems;
import fr.vigie.app.workspace.FormSubmissions;
import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceOperations;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.engine.kernel.Problem;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /workspaces/{id}/assessments}: the list, running a new one, one assessment's report (page,
 * PDF from the same HTML, the engine's XLSX, JSON and HTML), and the comparison of two.
 */
@Controller
class AssessmentController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final WorkspaceAccess access;
    private final Assessments assessments;
    private final ReportPdf pdf;
    private final SupplierDeclarations declarations;
    private final FormSubmissions submissions;

    AssessmentController(WorkspaceAccess access, Assessments assessments, ReportPdf pdf,
            SupplierDeclarations declarations, FormSubmissions submissions) {
        this.declarations = declarations;
        this.submissions = submissions;
        this.access = access;
        this.assessments = assessments;
        this.pdf = pdf;
    }

    /** Largest scenario file read (a scenario is a few lines of YAML). */
    static final int MAX_SCENARIO_BYTES = 64 * 1024;

    @GetMapping("/workspaces/{id}/assessments")
    String list(@PathVariable long id, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        listModel(grant, model, LocalDate.now());
        return "assessment/list";
    }

    private void listModel(WorkspaceGrant grant, Model model, LocalDate date) {
        model.addAttribute("ws", grant);
        model.addAttribute("assessments", assessments.list(grant));
        model.addAttribute("today", date);
        model.addAttribute("declarationFiles", declarations.list(grant).size());
        model.addAttribute("earliestDate", Assessments.EARLIEST);
        model.addAttribute("latestDate", Assessments.latestDate(LocalDate.now()));
        model.addAttribute("shownId", assessments.shown(grant).map(StoredAssessment::id).orElse(-1L));
        model.addAttribute("pinnedId", assessments.pinned(grant).map(StoredAssessment::id).orElse(-1L));
    }

    /**
     * Runs an assessment, once per form (its one-time token: a repeated submission is sent to the
     * first one's assessment); a reference date outside {@link Assessments#EARLIEST} to today + 5
     * years is refused (400, the form with its error); a run while another of the workspace is in
     * progress answers 409 with the page and its message.
     */
    @PostMapping("/workspaces/{id}/assessments")
    String run(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date, @RequestParam(required = false) String scenario,
            @RequestParam(required = false) MultipartFile scenarioFile,
            @RequestParam(name = FormSubmissions.PARAMETER, required = false) String formToken, Authentication user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        LocalDate on = date == null ? LocalDate.now() : date;
        if (scenarioFile != null && scenarioFile.getSize() > MAX_SCENARIO_BYTES) {
            return invalidScenario(grant, on, "", new Assessments.RunOutcome.InvalidScenario(
                    Problem.error("scenario.too_large", MAX_SCENARIO_BYTES).at("scenario", null)), model, response);
        }
        Optional<String> text = scenarioText(scenario, scenarioFile);
        FormSubmissions.Claim claim = submissions.claim(formToken, grant.username());
        if (claim instanceof FormSubmissions.Claim.Repeat repeat) {
            if (repeat.result().isEmpty()) {
                return inProgress(grant, on, text, model, response);
            }
            redirect.addFlashAttribute("notice", "form.repeated");
            return "redirect:" + repeat.result().get();
        }
        FormSubmissions.Claim.First first = (FormSubmissions.Claim.First) claim;
        Assessments.RunOutcome outcome;
        try {
            outcome = assessments.run(grant, on, text);
        } catch (RuntimeException e) {
            submissions.release(first);
            throw e;
        }
        return switch (outcome) {
            case Assessments.RunOutcome.Done done -> {
                String location = "/workspaces/" + id + "/assessments/" + done.assessment().id();
                submissions.complete(first, location);
                yield "redirect:" + location;
            }
            case Assessments.RunOutcome.NoLedger none -> {
                submissions.release(first);
                redirect.addFlashAttribute("error", "assessment.noLedger");
                yield "redirect:/workspaces/" + id + "/assessments";
            }
            case Assessments.RunOutcome.InvalidScenario invalid -> {
                submissions.release(first);
                yield invalidScenario(grant, on, text.orElse(""), invalid, model, response);
            }
            case Assessments.RunOutcome.InvalidDate invalid -> {
                submissions.release(first);
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                listModel(grant, model, on);
                model.addAttribute("scenario", text.orElse(null));
                model.addAttribute("dateError", true);
                yield "assessment/list";
            }
            case Assessments.RunOutcome.InProgress busy -> {
                submissions.release(first);
                yield inProgress(grant, on, text, model, response);
            }
        };
    }

    /** The form again (409) with the message that another run of the workspace is in progress. */
    private String inProgress(WorkspaceGrant grant, LocalDate on, Optional<String> text, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        listModel(grant, model, on);
        model.addAttribute("scenario", text.orElse(null));
        model.addAttribute("error", WorkspaceOperations.messageKey(WorkspaceOperations.Kind.ASSESSMENT_RUN));
        return "assessment/list";
    }

    /** Pins an assessment to the workspace's dashboard. */
    @PostMapping("/workspaces/{id}/assessments/{assessmentId}/pin")
    String pin(@PathVariable long id, @PathVariable long assessmentId, Authentication user,
            RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        if (!assessments.pin(grant, assessmentId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no assessment " + assessmentId);
        }
        redirect.addFlashAttribute("notice", "assessment.pinned");
        return "redirect:/workspaces/" + id + "/assessments/" + assessmentId;
    }

    /** The dashboard shows the latest baseline assessment again. */
    @PostMapping("/workspaces/{id}/assessments/unpin")
    String unpin(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        assessments.unpin(grant);
        redirect.addFlashAttribute("notice", "assessment.unpinned");
        return "redirect:/workspaces/" + id + "/assessments";
    }

    /** The form again (400), with the scenario as given and the reader's message beside it. */
    private String invalidScenario(WorkspaceGrant grant, LocalDate on, String text,
            Assessments.RunOutcome.InvalidScenario invalid, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        listModel(grant, model, on);
        model.addAttribute("scenario", text);
        model.addAttribute("scenarioError", Problems.textOf(invalid.problem()));
        invalid.line().ifPresent(l -> model.addAttribute("scenarioLine", l));
        return "assessment/list";
    }

    /** The scenario text: the uploaded file when one is given, else the text area (blank: none). */
    static Optional<String> scenarioText(@Nullable String text, @Nullable MultipartFile file) throws IOException {
        if (file != null && !file.isEmpty()) {
            return Optional.of(new String(file.getBytes(), StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(text).filter(t -> !t.isBlank());
    }

    /** The assessment's page: its exports and the engine's report (the template of every export). */
    @GetMapping("/workspaces/{id}/assessments/{assessmentId}")
    String show(@PathVariable long id, @PathVariable long assessmentId, Authentication user, Model model,
            Locale locale) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        StoredAssessment stored = find(grant, assessmentId);
        model.addAttribute("ws", grant);
        model.addAttribute("view", assessments.view(grant, stored));
        model.addAttribute("report", assessments.reportBody(grant, stored, locale));
        model.addAttribute("pinned", assessments.pinned(grant).map(p -> p.id() == stored.id()).orElse(false));
        model.addAttribute("shown", assessments.shown(grant).map(p -> p.id() == stored.id()).orElse(false));
        assessments.scenarioYaml(stored).ifPresent(s -> model.addAttribute("scenarioYaml", s));
        return "assessment/show";
    }

    @GetMapping("/workspaces/{id}/assessments/{assessmentId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long assessmentId, Authentication user,
            Locale locale) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        StoredAssessment stored = find(grant, assessmentId);
        return download(pdf.pdf(assessments.xhtml(grant, stored, locale)), MediaType.APPLICATION_PDF,
                name(stored, "pdf"));
    }

    @GetMapping("/workspaces/{id}/assessments/{assessmentId}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable long assessmentId, Authentication user,
            Locale locale) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        StoredAssessment stored = find(grant, assessmentId);
        return download(assessments.xlsx(grant, stored, locale), XLSX, name(stored, "xlsx"));
    }

    @GetMapping("/workspaces/{id}/assessments/{assessmentId}/report.json")
    ResponseEntity<byte[]> json(@PathVariable long id, @PathVariable long assessmentId, Authentication user,
            Locale locale) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        StoredAssessment stored = find(grant, assessmentId);
        return download(assessments.json(grant, stored, locale).getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON,
                name(stored, "json"));
    }

    @GetMapping("/workspaces/{id}/assessments/{assessmentId}/report.html")
    ResponseEntity<byte[]> engineHtml(@PathVariable long id, @PathVariable long assessmentId, Authentication user,
            Locale locale) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        StoredAssessment stored = find(grant, assessmentId);
        return download(assessments.html(grant, stored, locale).getBytes(StandardCharsets.UTF_8),
                new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8), name(stored, "html"));
    }

    @GetMapping("/workspaces/{id}/assessments/compare")
    String compare(@PathVariable long id, @RequestParam long from, @RequestParam long to, Authentication user,
            Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        AssessmentView a = assessments.view(grant, find(grant, from));
        AssessmentView b = assessments.view(grant, find(grant, to));
        model.addAttribute("ws", grant);
        model.addAttribute("comparison", AssessmentComparison.of(a, b));
        return "assessment/compare";
    }

    private StoredAssessment find(WorkspaceGrant grant, long assessmentId) {
        return assessments.find(grant, assessmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no assessment " + assessmentId));
    }

    private static String name(StoredAssessment stored, String extension) {
        return "vigie-assessment-" + stored.id() + "-" + stored.referenceDate() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .body(bytes);
    }
}
