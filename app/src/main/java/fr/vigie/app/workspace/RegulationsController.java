package fr.vigie.app.workspace;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.vigie.engine.regulation.Applicability;
import fr.vigie.engine.regulation.RegulationAssessment;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /workspaces/{id}/regulations}: the texts that apply (or may apply) to the workspace's
 * company profile on a date, with the reasons, obligations and dates; texts that do not apply are
 * listed last with their reasons.
 */
@Controller
class RegulationsController {

    private final WorkspaceAccess access;
    private final WorkspaceProfiles profiles;

    RegulationsController(WorkspaceAccess access, WorkspaceProfiles profiles) {
        this.access = access;
        this.profiles = profiles;
    }

    @GetMapping("/workspaces/{id}/regulations")
    String page(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        LocalDate on = date == null ? LocalDate.now() : date;
        List<RegulationAssessment> all = profiles.applicableTexts(id, on);
        model.addAttribute("ws", grant);
        model.addAttribute("date", on);
        Map<String, List<RegulationAssessment>> groups = new LinkedHashMap<>();
        groups.put("applies", all.stream().filter(a -> a.outcome() instanceof Applicability.Applies).toList());
        groups.put("cannot_tell", all.stream().filter(a -> a.outcome() instanceof Applicability.CannotTell).toList());
        groups.put("recommended", all.stream().filter(a -> a.outcome() instanceof Applicability.Recommended).toList());
        groups.put("does_not_apply", all.stream().filter(a -> a.outcome() instanceof Applicability.DoesNotApply).toList());
        model.addAttribute("groups", groups);
        return "workspace/regulations";
    }
}
