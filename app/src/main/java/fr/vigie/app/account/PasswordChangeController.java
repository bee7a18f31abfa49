package fr.vigie.app.account;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/password}: a logged-in user changes their own password (POST-redirect-GET). The
 * current password is checked by the login's encoder, and a wrong one counts as a failed login for
 * the {@link LoginThrottle} (while the throttle says to wait, no password is checked); the new one
 * must pass the {@link PasswordPolicy}, be typed twice alike and differ from the current one. Once
 * changed, the user's other sessions are ended (this one gets a new id) and the security log records
 * it. The shared demo user of demo mode cannot change its password: the page says so and the POST
 * answers 403.
 */
@Controller
@RequestMapping(PasswordChangeController.PATH)
class PasswordChangeController {

    static final String PATH = "/account/password";
    static final String VIEW = "account/password";

    private final Accounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final LoginThrottle throttle;
    private final SecurityEvents events;
    private final AccountProperties properties;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    PasswordChangeController(Accounts accounts, PasswordPolicy passwordPolicy, LoginThrottle throttle,
            SecurityEvents events, AccountProperties properties,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.events = events;
        this.properties = properties;
        this.sessions = sessions;
    }

    @GetMapping
    String form(Authentication user, Model model) {
        model.addAttribute("sharedDemo", sharedDemo(user));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PasswordChangeForm.empty());
        }
        return VIEW;
    }

    @PostMapping
    String change(Authentication user, @ModelAttribute("form") PasswordChangeForm form, BindingResult binding,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        if (sharedDemo(user)) {
            events.record("password-change-refused", Map.of("reason", "shared demo account"));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "the shared demo account's password cannot be changed");
        }
        String username = user.getName();
        String current = Objects.requireNonNullElse(form.currentPassword(), "");
        String fresh = Objects.requireNonNullElse(form.newPassword(), "");
        String confirmation = Objects.requireNonNullElse(form.confirmation(), "");
        String client = SecurityEvents.clientAddress(request);

        Optional<Duration> wait = throttle.waitFor(username, client);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
            events.record("password-change-blocked", Map.of("retry.after.seconds", seconds));
            binding.rejectValue("currentPassword", "account.password.locked", new Object[] {seconds},
                    "account.password.locked");
        } else if (current.isEmpty()) {
            binding.rejectValue("currentPassword", "account.password.current.missing");
        } else if (!accounts.passwordMatches(username, current)) {
            throttle.failed(username, client);
            events.record("password-change-failure", Map.of("reason", "wrong current password"));
            binding.rejectValue("currentPassword", "account.password.current.wrong");
        }
        if (passwordPolicy.check(username, fresh) instanceof PasswordPolicy.Outcome.Refused refused) {
            binding.rejectValue("newPassword", refused.code(), refused.args().toArray(), refused.code());
        } else if (fresh.equals(current)) {
            binding.rejectValue("newPassword", "account.password.same");
        }
        if (!confirmation.equals(fresh)) {
            binding.rejectValue("confirmation", "account.password.confirmation.different");
        }
        if (binding.hasErrors()) {
            model.addAttribute("sharedDemo", false);
            return VIEW;
        }

        throttle.succeeded(username);
        accounts.changePassword(username, fresh);
        @Nullable HttpSession session = request.getSession(false);
        int ended = endOtherSessions(username, session == null ? "" : session.getId());
        if (session != null) {
            // the stored session keeps its old id until the answer is written: the others are ended first
            request.changeSessionId();
        }
        events.record("sessions-ended", Map.of("target.user.name", username, "count", ended,
                "reason", "password changed"));
        redirect.addFlashAttribute("changed", true);
        return "redirect:" + PATH;
    }

    /** Deletes every stored session of the user except {@code kept}; returns how many. */
    private int endOtherSessions(String username, String kept) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(kept)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    /** Whether the user is the demo account shared by every visitor of a demo server. */
    private boolean sharedDemo(Authentication user) {
        return properties.demo().enabled() && InitialAccounts.DEMO_USERNAME.equals(Accounts.normalise(user.getName()));
    }
}
