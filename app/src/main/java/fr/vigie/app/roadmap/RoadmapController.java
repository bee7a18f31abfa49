package fr.vigie.app.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import fr.vigie.app.assessment.Assessments;
import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /workspaces/{id}/solutions} (recommendations per filiere with "in place" marks),
 * {@code /workspaces/{id}/roadmap} (the board by horizon, the company's own actions, comments,
 * evidence files and the retired actions with their reason; each action's form posts its owner, due
 * date, status and horizon, in place with htmx or as a plain form) and {@code /roadmap/history}.
 */
@Controller
class RoadmapController {

    private final WorkspaceAccess access;
    private final Roadmap roadmap;
    private final RoadmapEvidence evidence;
    private final Assessments assessments;
    private final RoadmapBoards boards;

    RoadmapController(WorkspaceAccess access, Roadmap roadmap, RoadmapEvidence evidence, Assessments assessments,
            RoadmapBoards boards) {
        this.boards = boards;
        this.access = access;
        this.roadmap = roadmap;
        this.evidence = evidence;
        this.assessments = assessments;
    }

    @GetMapping("/workspaces/{id}/solutions")
    String solutions(@PathVariable long id, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        model.addAttribute("ws", grant);
        assessments.shown(grant).ifPresent(a -> model.addAttribute("view", assessments.view(grant, a)));
        return "roadmap/solutions";
    }

    @GetMapping("/workspaces/{id}/roadmap")
    String board(@PathVariable long id, @RequestParam(name = "refused", required = false) @Nullable String refused,
            Authentication user, Model model, Locale locale) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        // a message (flash attribute, or the refused upload below) is shown inside the board: rendered now
        boolean message = model.containsAttribute("message") || "size".equals(refused);
        Optional<String> kept = message ? Optional.empty() : boards.readerBoard(grant, locale, root());
        if (kept.isPresent()) {
            // a reader's board, kept per roadmap version (RoadmapBoards); the page around it is rendered now
            model.addAttribute("ws", grant);
            model.addAttribute("boardHtml", kept.get());
        } else {
            boardModel(grant, model);
        }
        if ("size".equals(refused)) {
            // an evidence upload above the request limit, refused before it was read (UploadSizeFilter)
            model.addAttribute("message", "roadmap.evidence.refused.size");
        }
        return "roadmap/board";
    }

    /** Adds an own action; a refused value comes back as the message naming it. */
    @PostMapping("/workspaces/{id}/roadmap/actions")
    String add(@PathVariable long id, @RequestParam String title, @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = Roadmap.COMPANY_LEVEL) String material,
            @RequestParam(defaultValue = "") String oecdStep, @RequestParam(defaultValue = "short") String horizon,
            @RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "") String dueDate,
            @RequestParam(defaultValue = "todo") String status, Authentication user, RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        Optional<Optional<LocalDate>> due = date(dueDate);
        Optional<Optional<Integer>> step = step(oecdStep);
        if (due.isEmpty() || step.isEmpty()) {
            redirect.addFlashAttribute("addMessage", due.isEmpty() ? "roadmap.invalid.due_date" : "roadmap.invalid.oecd_step");
            return "redirect:/workspaces/" + id + "/roadmap#add-action";
        }
        var outcome = roadmap.add(grant, new Roadmap.Content(title, description, material, step.get()),
                new Roadmap.Change(horizon, Optional.of(owner), due.get(), status));
        return switch (outcome) {
            case Roadmap.UpdateOutcome.Updated added -> {
                redirect.addFlashAttribute("message", "roadmap.added");
                redirect.addFlashAttribute("messageAction", added.action().id());
                yield "redirect:/workspaces/" + id + "/roadmap#action-" + added.action().id();
            }
            case Roadmap.UpdateOutcome.Invalid invalid -> {
                redirect.addFlashAttribute("addMessage", "roadmap.invalid." + invalid.field());
                yield "redirect:/workspaces/" + id + "/roadmap#add-action";
            }
            case Roadmap.UpdateOutcome.NotFound none -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    /**
     * Saves an action's owner, due date, status and horizon; for an own action also its title,
     * description, filiere and OECD step when the form sends them; a comment when one is written.
     */
    @PostMapping("/workspaces/{id}/roadmap/actions/{actionId}")
    String update(@PathVariable long id, @PathVariable long actionId, @RequestParam String horizon,
            @RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "") String dueDate,
            @RequestParam String status, @RequestParam(required = false) @Nullable String title,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = Roadmap.COMPANY_LEVEL) String material,
            @RequestParam(defaultValue = "") String oecdStep, @RequestParam(defaultValue = "") String comment,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Authentication user, Model model, RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        Optional<Optional<LocalDate>> due = date(dueDate);
        if (due.isEmpty()) {
            return answer(id, htmx, "roadmap.invalid.due_date", actionId, grant, model, redirect);
        }
        if (title != null) {
            Optional<Optional<Integer>> step = step(oecdStep);
            if (step.isEmpty()) {
                return answer(id, htmx, "roadmap.invalid.oecd_step", actionId, grant, model, redirect);
            }
            var rewritten = roadmap.rewrite(grant, actionId, new Roadmap.Content(title, description, material, step.get()));
            if (!(rewritten instanceof Roadmap.UpdateOutcome.Updated)) {
                return outcome(id, htmx, rewritten, actionId, grant, model, redirect);
            }
        }
        var outcome = roadmap.update(grant, actionId,
                new Roadmap.Change(horizon, owner.isBlank() ? Optional.empty() : Optional.of(owner), due.get(), status));
        if (outcome instanceof Roadmap.UpdateOutcome.Updated && !comment.isBlank()) {
            outcome = roadmap.comment(grant, actionId, comment);
        }
        return outcome(id, htmx, outcome, actionId, grant, model, redirect);
    }

    @PostMapping("/workspaces/{id}/roadmap/actions/{actionId}/comments")
    String comment(@PathVariable long id, @PathVariable long actionId, @RequestParam String body,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Authentication user, Model model,
            RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        var outcome = roadmap.comment(grant, actionId, body);
        return outcome(id, htmx, outcome, actionId, grant, model, redirect);
    }

    /** Removes an own action (the form is a confirmation step of the page). */
    @PostMapping("/workspaces/{id}/roadmap/actions/{actionId}/remove")
    String remove(@PathVariable long id, @PathVariable long actionId, Authentication user, RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        return switch (roadmap.remove(grant, actionId)) {
            case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case GENERATED -> {
                redirect.addFlashAttribute("message", "roadmap.invalid.generated");
                redirect.addFlashAttribute("messageAction", actionId);
                yield "redirect:/workspaces/" + id + "/roadmap#action-" + actionId;
            }
            case REMOVED -> {
                redirect.addFlashAttribute("message", "roadmap.removed");
                yield "redirect:/workspaces/" + id + "/roadmap";
            }
        };
    }

    @PostMapping("/workspaces/{id}/roadmap/actions/{actionId}/evidence")
    String addEvidence(@PathVariable long id, @PathVariable long actionId, @RequestParam("file") MultipartFile file,
            Authentication user, RedirectAttributes redirect) throws IOException {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        RoadmapEvidence.AddOutcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = evidence.add(grant, actionId, name, in);
        }
        String message = switch (outcome) {
            case RoadmapEvidence.AddOutcome.Added added -> "roadmap.evidence.added";
            case RoadmapEvidence.AddOutcome.Refused refused -> "roadmap.evidence.refused." + refused.code();
            case RoadmapEvidence.AddOutcome.NotFound none -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        redirect.addFlashAttribute("message", message);
        redirect.addFlashAttribute("messageAction", actionId);
        return "redirect:/workspaces/" + id + "/roadmap#action-" + actionId;
    }

    /** An evidence file, always as a download (see {@link EvidenceDownloads}). */
    @GetMapping("/workspaces/{id}/roadmap/actions/{actionId}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long actionId, @PathVariable long evidenceId,
            Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        return EvidenceDownloads.of(evidence.download(grant, actionId, evidenceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    @PostMapping("/workspaces/{id}/roadmap/actions/{actionId}/evidence/{evidenceId}/remove")
    String removeEvidence(@PathVariable long id, @PathVariable long actionId, @PathVariable long evidenceId,
            Authentication user, RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        if (!evidence.remove(grant, actionId, evidenceId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("message", "roadmap.evidence.removed");
        redirect.addFlashAttribute("messageAction", actionId);
        return "redirect:/workspaces/" + id + "/roadmap#action-" + actionId;
    }

    private String outcome(long id, String htmx, Roadmap.UpdateOutcome outcome, long actionId, WorkspaceGrant grant,
            Model model, RedirectAttributes redirect) {
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
        model.addAllAttributes(boards.model(grant, root()));
    }

    /**
     * The application's root address for the current request: its context path and {@code /} (the
     * board's evidence links are plain strings, as in a reader's kept board).
     */
    private static String root() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().getPath();
    }

    @GetMapping("/workspaces/{id}/roadmap/history")
    String history(@PathVariable long id, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        model.addAttribute("ws", grant);
        model.addAttribute("entries", roadmap.history(grant));
        return "roadmap/history";
    }

    /** A date field: empty for none, absent when it is not a date. */
    static Optional<Optional<LocalDate>> date(String text) {
        try {
            return Optional.of(text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An OECD step field: empty for none, absent when it is not a number. */
    static Optional<Optional<Integer>> step(String text) {
        if (text.isBlank()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
