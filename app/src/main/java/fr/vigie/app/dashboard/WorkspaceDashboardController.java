package fr.vigie.app.dashboard;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;

import fr.vigie.app.assessment.Assessments;
import fr.vigie.app.assessment.StoredAssessment;
import fr.vigie.app.roadmap.RoadmapProgress;
import fr.vigie.app.workspace.LedgerStore;
import jakarta.servlet.http.HttpServletRequest;
import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /workspaces/{id}}: the workspace dashboard, from the assessment people pinned, else the latest
 * baseline (run without a scenario), and the roadmap's progress ({@link RoadmapProgress#html}).
 */
@Controller
class WorkspaceDashboardController {

    private final WorkspaceAccess access;
    private final Assessments assessments;
    private final RoadmapProgress progress;
    private final LedgerStore ledgers;
    private final DashboardViews views;
    private final MessageSource messages;

    WorkspaceDashboardController(WorkspaceAccess access, Assessments assessments, RoadmapProgress progress,
            LedgerStore ledgers, DashboardViews views, MessageSource messages) {
        this.views = views;
        this.messages = messages;
        this.access = access;
        this.assessments = assessments;
        this.progress = progress;
        this.ledgers = ledgers;
    }

    static final String TEMPLATE = "dashboard/workspace";

    /**
     * The page, rendered for each request as the user who asks, around the kept view data of the
     * shown assessment ({@link Assessments#shown}, {@link DashboardViews}).
     */
    @GetMapping("/workspaces/{id}")
    String dashboard(@PathVariable long id, Authentication user, Model model, Locale locale, HttpServletRequest request) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        model.addAttribute("ws", grant);
        model.addAttribute("heading", heading(grant.workspace().name(), locale));
        // the roadmap's counts, read once: the open actions of the key figures are those not done
        RoadmapProgress.Progress counts = progress.of(grant);
        model.addAttribute("openActions", counts.total().todo() + counts.total().inProgress());
        Optional<Assessments.Shown> shown = assessments.shownWithPin(grant);
        String root = request.getContextPath() + "/";
        model.addAttribute("progressSection", progress.html(grant, counts,
                shown.filter(Assessments.Shown::pinned).map(s -> s.assessment().id()), locale, root));
        Optional<StoredAssessment> latest = shown.map(Assessments.Shown::assessment);
        if (latest.isEmpty()) {
            ledgers.current(id).ifPresent(l -> model.addAttribute("ledger", l));
            return TEMPLATE;
        }
        DashboardViews.DashboardData data = views.data(grant, assessments.view(grant, latest.get()), locale, root);
        model.addAttribute("view", data.view());
        model.addAttribute("lead", data.lead());
        model.addAttribute("figureItems", data.figureItems());
        model.addAttribute("charts", data.charts());
        model.addAttribute("analysis", data.analysis());
        return TEMPLATE;
    }

    /**
     * The page's heading naming the workspace, formatted with a message format of this request: the
     * message source formats a message with arguments under a lock on its one kept format per
     * message and language, which every dashboard request would queue on under load. The pattern
     * (key {@code wsdash.heading}, a message format) is read without arguments, which takes no lock.
     */
    private String heading(String workspace, Locale locale) {
        return new MessageFormat(messages.getMessage(HEADING, null, locale), locale).format(new Object[] {workspace});
    }

    static final String HEADING = "wsdash.heading";
}
