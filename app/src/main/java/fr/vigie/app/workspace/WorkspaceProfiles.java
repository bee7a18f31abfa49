package fr.vigie.app.workspace;

import java.time.LocalDate;
import java.util.List;

import fr.vigie.engine.regulation.RegulationAssessment;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.ProfileRead;
import org.springframework.stereotype.Service;

/** A workspace's company profile as the engine reads it, and the texts that apply to it. */
@Service
public class WorkspaceProfiles {

    private final Workspaces workspaces;
    private final WorkspaceEngine engine;

    WorkspaceProfiles(Workspaces workspaces, WorkspaceEngine engine) {
        this.workspaces = workspaces;
        this.engine = engine;
    }

    /** The stored profile text. */
    public String yaml(long workspaceId) {
        return workspaces.profileYaml(workspaceId);
    }

    /** The stored profile, read by the engine (it was checked when saved). */
    public CompanyProfile profile(long workspaceId) {
        ProfileRead read = engine.profileReader().read("workspace " + workspaceId + " profile", yaml(workspaceId));
        return read.profile();
    }

    /** Every text of the catalogue assessed for the workspace's profile on a date. */
    public List<RegulationAssessment> applicableTexts(long workspaceId, LocalDate date) {
        return engine.applicableTexts(profile(workspaceId), date);
    }
}
