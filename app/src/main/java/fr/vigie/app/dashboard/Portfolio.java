package fr.vigie.app.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.vigie.app.assessment.AssessmentView;
import fr.vigie.app.assessment.Assessments;
import fr.vigie.app.assessment.StoredAssessment;
import fr.vigie.app.roadmap.Roadmap;
import fr.vigie.app.supplier.Campaigns;
import fr.vigie.app.workspace.Workspace;
import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The home page's portfolio: for each workspace the user may see, the key figures of the assessment
 * its dashboard shows (pinned, else the latest baseline), its alerts, the roadmap actions past their
 * due date and the progress of its declaration campaigns.
 */
@Service
class Portfolio {

    /** The risk levels counted as high. */
    static final Set<String> HIGH = Set.of("high", "very_high");

    /**
     * One workspace of the portfolio.
     *
     * @param workspace  the workspace
     * @param assessment the figures of its shown assessment, if one was run
     * @param overdue    open roadmap actions whose due date has passed
     * @param requests   declaration requests sent in its campaigns
     * @param answered   requests a supplier has answered
     */
    public record Card(Workspace workspace, Optional<Figures> assessment, long overdue, int requests, int answered) {

        /** Answered requests in percent of the requests sent (0 when none was sent). */
        public int campaignPercent() {
            return requests == 0 ? 0 : (int) Math.round(100.0 * answered / requests);
        }
    }

    /**
     * The key figures of an assessment.
     *
     * @param date      the assessment's reference date
     * @param filieres  supply chains assessed
     * @param top       the material ranked first, if any
     * @param highRisk  supply chains with a high or very high risk in at least one stage and category
     * @param alerts    the assessment's alerts (sanctions, conflict-affected areas, ...)
     */
    public record Figures(LocalDate date, int filieres, Optional<String> top, long highRisk, int alerts) {
    }

    private static final org.apache.commons.logging.Log logger =
            org.apache.commons.logging.LogFactory.getLog(Portfolio.class);

    private final WorkspaceAccess access;
    private final Assessments assessments;
    private final Roadmap roadmap;
    private final Campaigns campaigns;

    Portfolio(WorkspaceAccess access, Assessments assessments, Roadmap roadmap, Campaigns campaigns) {
        this.access = access;
        this.assessments = assessments;
        this.roadmap = roadmap;
        this.campaigns = campaigns;
    }

    /**
     * The cards of the workspaces the user may see, in name order: four queries whatever the number
     * of workspaces (the grants, the shown assessments, the overdue actions, the campaigns' progress);
     * the figures of an assessment are read from its kept view.
     */
    List<Card> cards(Authentication user, LocalDate today) {
        List<WorkspaceGrant> grants = access.visibleGrants(user);
        if (grants.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredAssessment> shown = assessments.shown(grants);
        Map<Long, Long> overdue = roadmap.overdueActions(grants, today);
        Map<Long, Campaigns.Progress> progress = campaigns.progress(grants);
        return grants.stream().map(grant -> {
            Campaigns.Progress sent = progress.getOrDefault(grant.id(), Campaigns.Progress.NONE);
            return new Card(grant.workspace(), figures(grant, Optional.ofNullable(shown.get(grant.id()))),
                    overdue.getOrDefault(grant.id(), 0L), sent.requests(), sent.answered());
        }).toList();
    }

    /**
     * The figures of the workspace's shown assessment; empty, with a log line, when its stored result
     * cannot be read (one workspace's unreadable record must not take the home page of every user down).
     */
    private Optional<Figures> figures(WorkspaceGrant grant, Optional<StoredAssessment> shown) {
        try {
            return shown.map(stored -> readFigures(grant, stored));
        } catch (RuntimeException e) {
            logger.warn("home page: the shown assessment of workspace " + grant.id() + " cannot be read: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    private Figures readFigures(WorkspaceGrant grant, StoredAssessment stored) {
        AssessmentView view = assessments.view(grant, stored);
        long high = view.heatmap().stream()
                .filter(row -> row.cells().stream().anyMatch(c -> HIGH.contains(c.level())))
                .map(AssessmentView.HeatRow::material).distinct().count();
        int alerts = assessments.assessment(grant, stored).alerts().size();
        return new Figures(stored.referenceDate(), view.figures().filieres(),
                view.ranking().stream().findFirst().map(AssessmentView.FiliereRow::material), high, alerts);
    }
}
