package fr.vigie.app.workspace;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /workspaces}: the workspaces the user belongs to; a global administrator also creates
 * workspaces and manages their members ({@code /workspaces/{id}/members}). A workspace ADMIN
 * renames the workspace ({@code POST /workspaces/{id}/name}); only a global ADMIN deletes one, after
 * typing its name again ({@code /workspaces/{id}/delete}).
 */
@Controller
class WorkspaceController {

    private final Workspaces workspaces;
    private final WorkspaceAccess access;

    WorkspaceController(Workspaces workspaces, WorkspaceAccess access) {
        this.workspaces = workspaces;
        this.access = access;
    }

    @GetMapping("/workspaces")
    String list(Authentication user, Model model) {
        model.addAttribute("workspaces", access.visible(user));
        model.addAttribute("admin", access.isGlobalAdmin(user));
        return "workspace/list";
    }

    @PostMapping("/workspaces")
    String create(@RequestParam String name, Authentication user, RedirectAttributes redirect) {
        if (!access.isGlobalAdmin(user)) {
            throw new AccessDeniedException("only administrators create workspaces");
        }
        java.util.Optional<String> valid = Workspaces.cleanName(name);
        if (valid.isEmpty()) {
            redirect.addFlashAttribute("error", "ws.create.invalid");
            return "redirect:/workspaces";
        }
        String clean = valid.get();
        String yaml = ProfileYaml.entry(ProfileField.ALL.getFirst(), clean);
        return switch (workspaces.create(clean, yaml, user.getName())) {
            case Workspaces.CreateOutcome.Created created -> "redirect:/workspaces/" + created.workspace().id() + "/profile";
            case Workspaces.CreateOutcome.NameTaken taken -> {
                redirect.addFlashAttribute("error", "ws.create.taken");
                yield "redirect:/workspaces";
            }
        };
    }

    @GetMapping("/workspaces/{id}/members")
    String members(@PathVariable long id, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        model.addAttribute("ws", grant);
        model.addAttribute("members", workspaces.members(id));
        model.addAttribute("roles", WorkspaceRole.values());
        model.addAttribute("caseHandlers", workspaces.caseHandlers(id));
        model.addAttribute("globalAdmin", access.isGlobalAdmin(user));
        return "workspace/members";
    }

    @PostMapping("/workspaces/{id}/members")
    String putMember(@PathVariable long id, @RequestParam String username, @RequestParam WorkspaceRole role,
            @RequestParam(defaultValue = "false") boolean remove, Authentication user, RedirectAttributes redirect) {
        access.require(id, user, WorkspaceRole.ADMIN);
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (remove) {
            workspaces.removeMember(id, name);
        } else if (!workspaces.putMember(id, name, role)) {
            redirect.addFlashAttribute("error", "ws.members.unknownUser");
        }
        return "redirect:/workspaces/" + id + "/members";
    }

    /** Designates a member as case handler of the grievance mechanism, or withdraws it (workspace ADMIN). */
    @PostMapping("/workspaces/{id}/members/case-handler")
    String caseHandler(@PathVariable long id, @RequestParam String username, @RequestParam boolean handler,
            Authentication user, RedirectAttributes redirect) {
        access.require(id, user, WorkspaceRole.ADMIN);
        if (!workspaces.setCaseHandler(id, username.strip().toLowerCase(Locale.ROOT), handler)) {
            redirect.addFlashAttribute("error", "ws.members.unknownUser");
        }
        return "redirect:/workspaces/" + id + "/members";
    }

    @PostMapping("/workspaces/{id}/name")
    String rename(@PathVariable long id, @RequestParam String name, Authentication user,
            RedirectAttributes redirect) {
        access.require(id, user, WorkspaceRole.ADMIN);
        java.util.Optional<String> valid = Workspaces.cleanName(name);
        if (valid.isEmpty()) {
            redirect.addFlashAttribute("error", "ws.create.invalid");
            return "redirect:/workspaces/" + id + "/members";
        }
        switch (workspaces.rename(id, valid.get(), user.getName())) {
            case Workspaces.RenameOutcome.Renamed renamed -> redirect.addFlashAttribute("message", "ws.rename.done");
            case Workspaces.RenameOutcome.NameTaken taken -> redirect.addFlashAttribute("error", "ws.create.taken");
            case Workspaces.RenameOutcome.NotFound missing ->
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no workspace " + id);
        }
        return "redirect:/workspaces/" + id + "/members";
    }

    @GetMapping("/workspaces/{id}/delete")
    String confirmDelete(@PathVariable long id, Authentication user, Model model) {
        model.addAttribute("ws", access.requireDeletion(id, user));
        return "workspace/delete";
    }

    @PostMapping("/workspaces/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "") String confirm, Authentication user,
            RedirectAttributes redirect) {
        WorkspaceGrant grant = access.requireDeletion(id, user);
        if (!confirm.strip().equals(grant.workspace().name())) {
            redirect.addFlashAttribute("error", "ws.delete.mismatch");
            return "redirect:/workspaces/" + id + "/delete";
        }
        workspaces.delete(id);
        redirect.addFlashAttribute("message", "ws.delete.done");
        redirect.addFlashAttribute("deletedName", grant.workspace().name());
        return "redirect:/workspaces";
    }
}
