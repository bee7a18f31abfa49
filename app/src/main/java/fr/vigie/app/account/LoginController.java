package fr.vigie.app.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; in demo mode it shows the demo user's credentials. */
@Controller
class LoginController {

    static final String VIEW = "account/login";

    private final AccountProperties properties;

    LoginController(AccountProperties properties) {
        this.properties = properties;
    }

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login(Model model) {
        model.addAttribute("demo", properties.demo().enabled());
        model.addAttribute("demoUsername", InitialAccounts.DEMO_USERNAME);
        model.addAttribute("demoPassword", InitialAccounts.DEMO_PASSWORD);
        return VIEW;
    }
}
