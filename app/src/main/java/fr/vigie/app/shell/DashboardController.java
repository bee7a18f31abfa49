package fr.vigie.app.shell;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after login: an empty dashboard that later features fill. */
@Controller
class DashboardController {

    static final String VIEW = "shell/dashboard";

    @GetMapping("/")
    String dashboard() {
        return VIEW;
    }
}
