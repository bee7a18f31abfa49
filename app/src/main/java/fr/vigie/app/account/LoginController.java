package fr.vigie.app.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; in demo mode it shows the demo user's credentials. */
@Controller
class LoginController {

    static final String VIEW = "account/login";

    private final AccountProperties properties;

    LoginController(AccountProperties properties) {
        this.properties = properties;
    }

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login(@RequestParam(name = "locked", required = false) @Nullable String locked, Model model) {
        if (locked != null && locked.matches("[0-9]{1,6}")) {
            model.addAttribute("locked", Long.parseLong(locked));
        }
        model.addAttribute("demo", properties.demo().enabled());
        model.addAttribute("demoUsername", InitialAccounts.DEMO_USERNAME);
        model.addAttribute("demoPassword", InitialAccounts.DEMO_PASSWORD);
        return VIEW;
    }
}
