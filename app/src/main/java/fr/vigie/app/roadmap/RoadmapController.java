package fr.vigie.app.roadmap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import fr.vigie.app.assessment.Assessments;
import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /workspaces/{id}/solutions} (recommendations per filiere with "in place" marks),
 * {@code /workspaces/{id}/roadmap} (the board by horizon; each action's form posts its owner, due
 * date, status and horizon, in place with htmx or as a plain form) and {@code /roadmap/history}.
 */
@Controller
class RoadmapController {

    private final WorkspaceAccess access;
    private final Roadmap roadmap;
    private final Assessments assessments;

    RoadmapController(WorkspaceAccess access, Roadmap roadmap, Assessments assessments) {
        this.access = access;
        this.roadmap = roadmap;
        this.assessments = assessments;
    }

    @GetMapping("/workspaces/{id}/solutions")
    String solutions(@PathVariable long id, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        model.addAttribute("ws", grant);
        assessments.latest(grant).ifPresent(a -> model.addAttribute("view", assessments.view(grant, a)));
        return "roadmap/solutions";
    }

    @GetMapping("/workspaces/{id}/roadmap")
    String board(@PathVariable long id, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        boardModel(grant, model);
        return "roadmap/board";
    }

    @PostMapping("/workspaces/{id}/roadmap/actions/{actionId}")
    String update(@PathVariable long id, @PathVariable long actionId, @RequestParam String horizon,
            @RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "") String dueDate,
            @RequestParam String status, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Authentication user, Model model, RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        Optional<LocalDate> due;
        try {
            due = dueDate.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(dueDate.strip()));
        } catch (DateTimeParseException e) {
            return answer(id, htmx, "roadmap.invalid.due_date", actionId, grant, model, redirect);
        }
        var outcome = roadmap.update(grant, actionId,
                new Roadmap.Change(horizon, owner.isBlank() ? Optional.empty() : Optional.of(owner), due, status));
        return switch (outcome) {
            case Roadmap.UpdateOutcome.NotFound none -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case Roadmap.UpdateOutcome.Invalid invalid ->
                    answer(id, htmx, "roadmap.invalid." + invalid.field(), actionId, grant, model, redirect);
            case Roadmap.UpdateOutcome.Updated updated -> answer(id, htmx, "roadmap.saved", actionId, grant, model, redirect);
        };
    }

    private String answer(long id, String htmx, String message, long actionId, WorkspaceGrant grant, Model model,
            RedirectAttributes redirect) {
        if (htmx != null) {
            // htmx swaps the board in place; the message is announced in its live region
            boardModel(grant, model);
            model.addAttribute("message", message);
            model.addAttribute("messageAction", actionId);
            return "roadmap/board :: board";
        }
        redirect.addFlashAttribute("message", message);
        redirect.addFlashAttribute("messageAction", actionId);
        return "redirect:/workspaces/" + id + "/roadmap#action-" + actionId;
    }

    private void boardModel(WorkspaceGrant grant, Model model) {
        var board = roadmap.board(grant);
        model.addAttribute("ws", grant);
        model.addAttribute("board", board);
        model.addAttribute("actionCount", board.values().stream().mapToInt(java.util.List::size).sum());
        model.addAttribute("statuses", RoadmapAction.STATUSES);
        model.addAttribute("horizons", RoadmapAction.HORIZONS);
    }

    @GetMapping("/workspaces/{id}/roadmap/history")
    String history(@PathVariable long id, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        model.addAttribute("ws", grant);
        model.addAttribute("entries", roadmap.history(grant));
        return "roadmap/history";
    }
}
