package fr.vigie.app.workspace;

import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /workspaces}: the workspaces the user belongs to; a global administrator also creates
 * workspaces and manages their members ({@code /workspaces/{id}/members}).
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
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 120) {
            redirect.addFlashAttribute("error", "workspace.create.invalid");
            return "redirect:/workspaces";
        }
        String yaml = ProfileYaml.entry(ProfileField.ALL.getFirst(), clean);
        return switch (workspaces.create(clean, yaml, user.getName())) {
            case Workspaces.CreateOutcome.Created created -> "redirect:/workspaces/" + created.workspace().id() + "/profile";
            case Workspaces.CreateOutcome.NameTaken taken -> {
                redirect.addFlashAttribute("error", "workspace.create.taken");
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
            redirect.addFlashAttribute("error", "workspace.members.unknownUser");
        }
        return "redirect:/workspaces/" + id + "/members";
    }
}
