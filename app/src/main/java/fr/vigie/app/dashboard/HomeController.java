package fr.vigie.app.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.app.workspace.FirstRun;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The first page after login: the portfolio of the user's workspaces ({@link Portfolio}); an
 * administrator who has not finished the first steps ({@link FirstRun}) is led there first.
 */
@Controller
class HomeController {

    static final String VIEW = "dashboard/home";
    static final int CACHE_SIZE = 1024;

    /**
     * What a card's HTML depends on: the card's data itself (the workspace as stored, the figures of
     * its shown assessment, the overdue actions and the campaigns' progress, all read at each request,
     * so that any change is a new key), the language and the application's root address ({@code /}, or
     * the context path and {@code /}), which the card's links are written from.
     */
    record CardKey(Portfolio.Card card, String language, String root) {
    }

    private final Portfolio portfolio;
    private final FirstRun firstRun;
    private final SpringTemplateEngine templates;
    private final ThymeleafEvaluationContext evaluation;
    /**
     * The cards' HTML (template fragment {@code card}), rendered outside any request (no user, no
     * security context) and kept, at most {@value #CACHE_SIZE}, the least used going first: a card has
     * two messages with arguments (each formatted under the lock of Spring's cached message format, a
     * queue under load), dates, names and links. The page around them is rendered per request, as the
     * user who asks.
     */
    private final Cache<CardKey, String> cards = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    HomeController(Portfolio portfolio, FirstRun firstRun, SpringTemplateEngine templates, ApplicationContext context) {
        this.portfolio = portfolio;
        this.firstRun = firstRun;
        this.templates = templates;
        // the card's bean references (@dates, @names) resolved as in a request
        this.evaluation = new ThymeleafEvaluationContext(context, null);
    }

    @GetMapping("/")
    String home(Authentication user, Model model, Locale locale, HttpServletRequest request) {
        if (firstRun.pending(user)) {
            return "redirect:/admin/first-run";
        }
        String language = locale.toLanguageTag();
        String root = request.getContextPath() + "/";
        List<String> html = portfolio.cards(user, LocalDate.now()).stream()
                .map(card -> cards.get(new CardKey(card, language, root), k -> render(k, locale)))
                .toList();
        model.addAttribute("cardsHtml", html);
        return VIEW;
    }

    /** The HTML of one card in a language, its links written from the key's root address. */
    private String render(CardKey key, Locale locale) {
        Context context = new Context(locale, Map.of("c", key.card(), "root", key.root()));
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
        return templates.process(VIEW, Set.of("card"), context).strip();
    }
}
