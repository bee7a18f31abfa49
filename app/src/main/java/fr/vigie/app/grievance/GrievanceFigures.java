package fr.vigie.app.grievance;

import java.time.Clock;
import java.time.Instant;

import fr.vigie.app.workspace.WorkspaceGrant;
import org.springframework.stereotype.Service;

/**
 * The grievance mechanism's figures for other modules (the reports a company files): the statistics of
 * the workspace's cases, counts only. Reading them writes no audit row: they name no case, no reporter
 * and no text, which stay for the designated case handlers ({@code GrievanceCaseController}).
 */
@Service
public class GrievanceFigures {

    private final Grievances grievances;
    private final Clock clock;

    GrievanceFigures(Grievances grievances) {
        this.grievances = grievances;
        this.clock = Clock.systemUTC();
    }

    /** The statistics of the workspace's cases now (all cases, whatever their status). */
    public GrievanceStatistics statistics(WorkspaceGrant grant) {
        return GrievanceStatistics.of(grievances.summaries(grant.id()), clock.instant());
    }

    /**
     * The statistics of the workspace's cases received from {@code from} (inclusive) to {@code to}
     * (exclusive), as they stand now.
     */
    public GrievanceStatistics statistics(WorkspaceGrant grant, Instant from, Instant to) {
        return GrievanceStatistics.of(grievances.summaries(grant.id()).stream()
                .filter(c -> !c.receivedAt().isBefore(from) && c.receivedAt().isBefore(to)).toList(), clock.instant());
    }
}
