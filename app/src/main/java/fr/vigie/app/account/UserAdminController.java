package fr.vigie.app.account;

import java.util.Objects;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users}: administrators list users and create new ones (POST-redirect-GET); the
 * password must pass the {@link PasswordPolicy}.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final String VIEW = "account/users";

    private final Accounts accounts;
    private final PasswordPolicy passwordPolicy;

    UserAdminController(Accounts accounts, PasswordPolicy passwordPolicy) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NewUserForm.empty());
        }
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        return VIEW;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (form.password() != null && !binding.hasFieldErrors("password")
                && passwordPolicy.check(form.username() == null ? "" : form.username(), form.password())
                instanceof PasswordPolicy.Outcome.Refused refused) {
            binding.rejectValue("password", refused.code(), refused.args().toArray(), refused.code());
        }
        if (!binding.hasErrors()) {
            var outcome = accounts.create(Objects.requireNonNull(form.username()),
                    Objects.requireNonNull(form.password()), Objects.requireNonNull(form.role()));
            switch (outcome) {
                case Accounts.CreateOutcome.Created created -> {
                    redirect.addFlashAttribute("created", created.account().username());
                    return "redirect:/admin/users";
                }
                case Accounts.CreateOutcome.UsernameTaken taken ->
                        binding.rejectValue("username", "user.username.taken");
            }
        }
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        return VIEW;
    }
}
