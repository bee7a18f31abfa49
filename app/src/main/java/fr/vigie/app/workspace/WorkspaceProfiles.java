package fr.vigie.app.workspace;

import java.time.LocalDate;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.engine.regulation.RegulationAssessment;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import org.springframework.stereotype.Service;

/** A workspace's company profile as the engine reads it, and the texts that apply to it. */
@Service
public class WorkspaceProfiles {

    private final Workspaces workspaces;
    private final WorkspaceEngine engine;

    /** A workspace's profile text: what a read profile and its applicable texts depend on. */
    private record ProfileKey(long workspace, String yaml) {
    }

    /** The texts assessed for a profile text on a date. */
    private record TextsKey(ProfileKey profile, LocalDate date) {
    }

    /**
     * Profiles read from their text, and the texts assessed for them per date, kept (at most
     * {@value #CACHE_SIZE} each) and keyed by the stored text itself, read at each call: a changed
     * profile, on any instance, is a new key. The workspace regulations page read the YAML and
     * assessed the whole catalogue at each request.
     */
    private final Cache<ProfileKey, CompanyProfile> read = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();
    private final Cache<TextsKey, List<RegulationAssessment>> texts = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    static final int CACHE_SIZE = 64;

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
        return read(new ProfileKey(workspaceId, yaml(workspaceId)));
    }

    private CompanyProfile read(ProfileKey key) {
        return read.get(key, k -> engine.profileReader().read("workspace " + k.workspace() + " profile", k.yaml()).profile());
    }

    /** Every text of the catalogue assessed for the workspace's profile on a date. */
    public List<RegulationAssessment> applicableTexts(long workspaceId, LocalDate date) {
        return applicableTexts(workspaceId, yaml(workspaceId), date);
    }

    /** Every text of the catalogue assessed on a date for a profile text of the workspace (as {@link #yaml} read it). */
    List<RegulationAssessment> applicableTexts(long workspaceId, String yaml, LocalDate date) {
        ProfileKey key = new ProfileKey(workspaceId, yaml);
        return texts.get(new TextsKey(key, date), k -> List.copyOf(engine.applicableTexts(read(key), date)));
    }
}
