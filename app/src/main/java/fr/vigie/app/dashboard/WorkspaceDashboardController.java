package fr.vigie.app.dashboard;

import java.util.Locale;

import fr.vigie.app.assessment.AssessmentView;
import fr.vigie.app.assessment.Assessments;
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

    WorkspaceDashboardController(WorkspaceAccess access, Assessments assessments, Roadmap roadmap, LedgerStore ledgers,
            AnalysisFragments analysis) {
        this.analysis = analysis;
        this.access = access;
        this.assessments = assessments;
        this.roadmap = roadmap;
        this.ledgers = ledgers;
    }

    @GetMapping("/workspaces/{id}")
    String dashboard(@PathVariable long id, Authentication user, Model model, Locale locale) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        model.addAttribute("ws", grant);
        model.addAttribute("openActions", roadmap.openActions(grant));
        assessments.latest(grant).ifPresentOrElse(a -> {
            AssessmentView view = assessments.view(grant, a);
            model.addAttribute("view", view);
            model.addAttribute("analysis", analysis.html(view, locale));
        }, () -> ledgers.current(id).ifPresent(l -> model.addAttribute("ledger", l)));
        return "dashboard/workspace";
    }
}
