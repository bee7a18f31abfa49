package fr.vigie.app.assessment;

import java.time.LocalDate;

import fr.vigie.app.workspace.DemoWorkspaceCreated;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Runs a first assessment of the demo workspace when it is created, so that its dashboard is filled. */
@Component
class DemoAssessment {

    static final String SYSTEM = "vigie";

    private final Assessments assessments;

    DemoAssessment(Assessments assessments) {
        this.assessments = assessments;
    }

    @EventListener
    void demoCreated(DemoWorkspaceCreated event) {
        assessments.run(new WorkspaceGrant(event.workspace(), SYSTEM, WorkspaceRole.ADMIN), LocalDate.now());
    }
}
