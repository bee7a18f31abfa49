package fr.vigie.app.assessment;

/**
 * Published once an assessment is stored (inside the storing transaction), e.g. for the roadmap
 * to take up its actions.
 *
 * @param workspaceId  the workspace
 * @param assessmentId the new assessment
 * @param username     who ran it
 */
public record AssessmentCompleted(long workspaceId, long assessmentId, String username) {
}
