package fr.vigie.app.duediligence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import fr.vigie.app.roadmap.EvidenceDownloads;
import fr.vigie.app.roadmap.Roadmap;
import fr.vigie.app.roadmap.RoadmapAction;
import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import fr.vigie.engine.oecd.DueDiligenceSteps;
import fr.vigie.engine.oecd.MaturityPolicy;
import fr.vigie.engine.oecd.Side;
import fr.vigie.engine.oecd.StepEntry;
import fr.vigie.engine.oecd.StepStatus;
import fr.vigie.engine.oecd.SubStep;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.util.UriUtils;

/**
 * {@code /workspaces/{id}/due-diligence}: the OECD five steps of a workspace, the maturity of the company
 * and of each filiere, and for one scope ({@code ?scope=company} or a mineral id) each sub-step with its
 * status, owner, dates, linked roadmap actions and evidence; forms for ANALYST and ADMIN, read-only for
 * VIEWER. {@code /due-diligence/history} lists every change.
 */
@Controller
class StepsController {

    private final WorkspaceAccess access;
    private final StepRecords records;
    private final Roadmap roadmap;
    private final Workspaces workspaces;
    private final StepsViews views;

    StepsController(WorkspaceAccess access, StepRecords records, Roadmap roadmap, Workspaces workspaces,
            StepsViews views) {
        this.views = views;
        this.access = access;
        this.records = records;
        this.roadmap = roadmap;
        this.workspaces = workspaces;
    }

    /**
     * The steps page: its maturity table is kept HTML, and so are the sub-steps of a reader who may not
     * edit ({@link StepsViews}); an editor's sub-steps, with their forms, are rendered in the request.
     */
    @GetMapping("/workspaces/{id}/due-diligence")
    String page(@PathVariable long id, @RequestParam(defaultValue = StepEntry.COMPANY) String scope,
            Authentication user, Locale locale, Model model, HttpServletRequest request) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        String root = request.getContextPath() + "/";
        Map<String, Side> filieres = records.filieres(grant);
        String shown = StepEntry.COMPANY.equals(scope) || filieres.containsKey(scope) ? scope : StepEntry.COMPANY;
        DueDiligenceSteps steps = records.engineSteps(grant.id());
        Side companySide = records.companySide(grant);
        StepRecords.Maturities maturities = records.maturities(steps, filieres, companySide);
        MaturityPolicy.Maturity company = maturities.company();
        Map<String, MaturityPolicy.Maturity> perFiliere = maturities.filieres();
        List<StepsPage.ScopeRow> rows = new ArrayList<>();
        rows.add(new StepsPage.ScopeRow(StepEntry.COMPANY, company));
        perFiliere.forEach((m, maturity) -> rows.add(new StepsPage.ScopeRow(m, maturity)));

        // the company scope lists every sub-step of the sides it concerns; a filiere those of its side
        Side side = StepEntry.COMPANY.equals(shown) ? companySide : filieres.get(shown);
        MaturityPolicy.Maturity maturity = StepEntry.COMPANY.equals(shown) ? company : perFiliere.get(shown);
        List<StepRecords.SubStepRecord> recorded = records.records(grant);
        List<StepsPage.SubStepRow> subSteps = new ArrayList<>();
        for (SubStep s : records.catalogue().subSteps()) {
            boolean concerns = StepEntry.COMPANY.equals(shown)
                    ? s.concerns(companySide) || filieres.values().stream().anyMatch(s::concerns)
                    : s.concerns(side);
            if (!concerns) {
                continue;
            }
            StepRecords.SubStepRecord r = recorded.stream()
                    .filter(x -> x.scope().equals(shown) && x.code().equals(s.code())).findFirst()
                    .orElseGet(() -> StepRecords.blank(shown, s.code()));
            subSteps.add(new StepsPage.SubStepRow(s, r, maturity.level(s.code())));
        }
        List<RoadmapAction> actions = roadmap.actions(grant).stream().filter(a -> !a.retired()).toList();
        model.addAttribute("ws", grant);
        model.addAttribute("maturitySection", views.maturity(grant, shown, rows, maturity, locale, root));
        if (grant.canEdit()) {
            model.addAttribute("scopeSection", null);
            model.addAttribute("scope", shown);
            model.addAttribute("side", side);
            model.addAttribute("steps", records.catalogue().steps());
            model.addAttribute("subSteps", subSteps);
            model.addAttribute("statuses", List.of(StepStatus.values()));
            model.addAttribute("actions", actions);
            model.addAttribute("root", root);
        } else {
            model.addAttribute("scopeSection", views.scope(grant, shown, side, subSteps, actions, locale, root));
        }
        model.addAttribute("members", workspaces.members(grant.id()).stream().map(Workspaces.Member::username).toList());
        model.addAttribute("maxEvidenceMb", records.maxBytes() / (1024 * 1024));
        return "duediligence/steps";
    }

    @GetMapping("/workspaces/{id}/due-diligence/history")
    String history(@PathVariable long id, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        model.addAttribute("ws", grant);
        model.addAttribute("entries", records.history(grant).stream().map(StepsPage.HistoryRow::of).toList());
        return "duediligence/history";
    }

    @PostMapping("/workspaces/{id}/due-diligence/{scope}/{code}")
    String save(@PathVariable long id, @PathVariable String scope, @PathVariable String code,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String owner,
            @RequestParam(defaultValue = "") String startDate, @RequestParam(defaultValue = "") String dueDate,
            @RequestParam(defaultValue = "") String doneDate,
            @RequestParam(name = "actions", required = false) @Nullable List<Long> actions,
            Authentication user, RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        return back(grant, scope, code, records.save(grant, scope, code, new StepRecords.Change(
                status.isBlank() ? null : status, owner, startDate, dueDate, doneDate,
                actions == null ? List.of() : actions)), "dd.saved", redirect);
    }

    @PostMapping("/workspaces/{id}/due-diligence/{scope}/{code}/evidence")
    String addFile(@PathVariable long id, @PathVariable String scope, @PathVariable String code,
            @RequestParam("file") MultipartFile file, Authentication user, RedirectAttributes redirect)
            throws IOException {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            return back(grant, scope, code, records.addFile(grant, scope, code, name, in), "dd.evidence.added", redirect);
        }
    }

    @PostMapping("/workspaces/{id}/due-diligence/{scope}/{code}/links")
    String addLink(@PathVariable long id, @PathVariable String scope, @PathVariable String code,
            @RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String label,
            Authentication user, RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        return back(grant, scope, code, records.addLink(grant, scope, code, url, label), "dd.evidence.added", redirect);
    }

    @GetMapping("/workspaces/{id}/due-diligence/{scope}/{code}/evidence/{evidenceId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String scope, @PathVariable String code,
            @PathVariable long evidenceId, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        StepRecords.Download d = records.download(grant, scope, code, evidenceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return EvidenceDownloads.attachment(d.evidence().fileName().orElseThrow(), d.type(), d.content());
    }

    @PostMapping("/workspaces/{id}/due-diligence/{scope}/{code}/evidence/{evidenceId}/remove")
    String remove(@PathVariable long id, @PathVariable String scope, @PathVariable String code,
            @PathVariable long evidenceId, Authentication user, RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        if (!records.removeEvidence(grant, scope, code, evidenceId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("message", "dd.evidence.removed");
        redirect.addFlashAttribute("messageCode", code);
        return "redirect:" + url(grant, scope, code);
    }

    private String back(WorkspaceGrant grant, String scope, String code, StepRecords.Outcome outcome, String done,
            RedirectAttributes redirect) {
        String shown = scope;
        switch (outcome) {
            case StepRecords.Outcome.Saved saved -> {
                redirect.addFlashAttribute("message", done);
                shown = saved.record().scope();
            }
            case StepRecords.Outcome.Invalid invalid -> {
                redirect.addFlashAttribute("message", "dd.invalid." + invalid.code());
                redirect.addFlashAttribute("messageField", invalid.field());
                redirect.addFlashAttribute("messageError", true);
            }
            case StepRecords.Outcome.NotFound none -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("messageCode", code.toLowerCase(Locale.ROOT));
        return "redirect:" + url(grant, shown, code);
    }

    private static String url(WorkspaceGrant grant, String scope, String code) {
        return "/workspaces/" + grant.id() + "/due-diligence?scope=" + UriUtils.encodeQueryParam(scope, "UTF-8")
                + "#substep-" + UriUtils.encodeFragment(code.toLowerCase(Locale.ROOT), "UTF-8");
    }
}
