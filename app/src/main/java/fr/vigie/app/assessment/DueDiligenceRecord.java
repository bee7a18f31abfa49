package fr.vigie.app.assessment;

import java.util.Optional;

import fr.vigie.engine.oecd.DueDiligenceSteps;

/**
 * Where an assessment run reads a workspace's record of the OECD five steps, so that its gap analysis
 * counts the sub-steps implemented with evidence as practices in place (the engine's {@code
 * Vigie.Request#steps}). Implemented by the due diligence steps module; the assessments depend on this
 * interface only, not on that module (which reads the roadmap, which reads the assessments).
 */
public interface DueDiligenceRecord {

    /** The workspace's record, or empty when nothing was recorded (the assessment is then as before). */
    Optional<DueDiligenceSteps> steps(long workspaceId);
}
