package fr.vigie.app.dashboard;

import java.time.LocalDate;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after login: the portfolio of the user's workspaces ({@link Portfolio}). */
@Controller
class HomeController {

    static final String VIEW = "dashboard/home";

    private final Portfolio portfolio;

    HomeController(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        model.addAttribute("cards", portfolio.cards(user, LocalDate.now()));
        return VIEW;
    }
}
