package fr.vigie.app.workspace;

import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import fr.vigie.app.account.Accounts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/first-run} (administrators only, see the security configuration's {@code /admin/**}
 * rule): the first steps of a new installation on one page: create a company workspace, invite
 * users into it, learn how to turn off demo mode, then finish. An invited user's generated password
 * is in the answer to the invitation only (not a redirect: it never goes into the session).
 */
@Controller
@RequestMapping("/admin/first-run")
class FirstRunController {

    static final String VIEW = "workspace/first-run";

    private final FirstRun firstRun;
    private final Workspaces workspaces;

    FirstRunController(FirstRun firstRun, Workspaces workspaces) {
        this.firstRun = firstRun;
        this.workspaces = workspaces;
    }

    /** The "new workspace" form. */
    record WorkspaceForm(@Nullable String name) {
    }

    /** The "invite a user" form. */
    record InviteForm(
            @NotNull(message = "{user.username.invalid}")
            @Pattern(regexp = Accounts.USERNAME_PATTERN_TEXT, message = "{user.username.invalid}")
            @Nullable String username,
            @NotNull(message = "{firstrun.invite.workspace.unknown}") @Nullable Long workspace,
            @NotNull(message = "{user.role.invalid}") @Nullable WorkspaceRole role) {
    }

    @GetMapping
    String show(Model model) {
        return page(model, Optional.empty());
    }

    @PostMapping("/workspace")
    String createWorkspace(@ModelAttribute("workspaceForm") WorkspaceForm form, BindingResult binding,
            Authentication user, Model model, RedirectAttributes redirect) {
        Optional<String> name = Workspaces.cleanName(form.name());
        if (name.isEmpty()) {
            binding.rejectValue("name", "ws.create.invalid");
            return page(model, Optional.empty());
        }
        String yaml = ProfileYaml.entry(ProfileField.ALL.getFirst(), name.get());
        return switch (workspaces.create(name.get(), yaml, user.getName())) {
            case Workspaces.CreateOutcome.Created created -> {
                redirect.addFlashAttribute("createdWorkspace", created.workspace().name());
                redirect.addFlashAttribute("preselect", created.workspace().id());
                yield "redirect:/admin/first-run#invite";
            }
            case Workspaces.CreateOutcome.NameTaken taken -> {
                binding.rejectValue("name", "ws.create.taken");
                yield page(model, Optional.empty());
            }
        };
    }

    @PostMapping("/invite")
    String invite(@Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return page(model, Optional.empty());
        }
        return switch (firstRun.invite(java.util.Objects.requireNonNull(form.username()),
                java.util.Objects.requireNonNull(form.workspace()), java.util.Objects.requireNonNull(form.role()))) {
            case FirstRun.InviteOutcome.Invited invited -> {
                model.addAttribute("inviteForm", new InviteForm("", invited.workspace().id(), invited.role()));
                yield page(model, Optional.of(invited));
            }
            case FirstRun.InviteOutcome.Refused refused -> {
                binding.rejectValue(refused.field(), refused.code());
                yield page(model, Optional.empty());
            }
        };
    }

    @PostMapping("/done")
    String done(Authentication user) {
        firstRun.complete(user.getName());
        return "redirect:/";
    }

    private String page(Model model, Optional<FirstRun.InviteOutcome.Invited> invited) {
        if (!model.containsAttribute("workspaceForm")) {
            model.addAttribute("workspaceForm", new WorkspaceForm(""));
        }
        var company = firstRun.companyWorkspaces();
        if (!model.containsAttribute("inviteForm")) {
            Long preselect = model.getAttribute("preselect") instanceof Long id ? id
                    : company.isEmpty() ? null : company.getFirst().id();
            model.addAttribute("inviteForm", new InviteForm("", preselect, WorkspaceRole.ANALYST));
        }
        model.addAttribute("companyWorkspaces", company);
        model.addAttribute("roles", WorkspaceRole.values());
        model.addAttribute("demoMode", firstRun.demoMode());
        invited.ifPresent(i -> model.addAttribute("invited", i));
        return VIEW;
    }
}
