package fr.vigie.app.dashboard;

import java.time.LocalDate;

import fr.vigie.app.workspace.FirstRun;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after login: the portfolio of the user's workspaces ({@link Portfolio}); an
 * administrator who has not finished the first steps ({@link FirstRun}) is led there first.
 */
@Controller
class HomeController {

    static final String VIEW = "dashboard/home";

    private final Portfolio portfolio;
    private final FirstRun firstRun;

    HomeController(Portfolio portfolio, FirstRun firstRun) {
        this.portfolio = portfolio;
        this.firstRun = firstRun;
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        if (firstRun.pending(user)) {
            return "redirect:/admin/first-run";
        }
        model.addAttribute("cards", portfolio.cards(user, LocalDate.now()));
        return VIEW;
    }
}
