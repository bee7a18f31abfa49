package fr.vigie.app.dashboard;

import java.util.Locale;
import java.util.Optional;

import fr.vigie.app.assessment.AssessmentView;
import fr.vigie.app.assessment.Assessments;
import fr.vigie.app.assessment.StoredAssessment;
import fr.vigie.app.roadmap.Roadmap;
import fr.vigie.app.workspace.LedgerStore;
import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /workspaces/{id}}: the workspace dashboard, from its latest assessment. */
@Controller
class WorkspaceDashboardController {

    private final WorkspaceAccess access;
    private final Assessments assessments;
    private final Roadmap roadmap;
    private final LedgerStore ledgers;
    private final AnalysisFragments analysis;
    private final DashboardPages pages;

    WorkspaceDashboardController(WorkspaceAccess access, Assessments assessments, Roadmap roadmap, LedgerStore ledgers,
            AnalysisFragments analysis, DashboardPages pages) {
        this.analysis = analysis;
        this.pages = pages;
        this.access = access;
        this.assessments = assessments;
        this.roadmap = roadmap;
        this.ledgers = ledgers;
    }

    @GetMapping("/workspaces/{id}")
    Object dashboard(@PathVariable long id, Authentication user, Model model, Locale locale) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        model.addAttribute("ws", grant);
        long openActions = roadmap.openActions(grant);
        Optional<StoredAssessment> latest = assessments.latest(grant);
        if (latest.isEmpty()) {
            model.addAttribute("openActions", openActions);
            ledgers.current(id).ifPresent(l -> model.addAttribute("ledger", l));
            return DashboardPages.TEMPLATE;
        }
        // The view and the analysis are only read when the page is not kept yet; both are cached too.
        AssessmentView view = assessments.view(grant, latest.get());
        model.addAttribute("view", view);
        model.addAttribute("analysis", analysis.html(view, locale));
        return pages.page(latest.get().id(), grant, openActions);
    }
}
