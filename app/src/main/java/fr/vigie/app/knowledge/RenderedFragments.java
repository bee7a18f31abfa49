package fr.vigie.app.knowledge;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Renders the content of a reference page once and keeps the HTML, so that the many users who
 * open the same mineral or country page share one rendering: the content depends only on the
 * reference data (immutable while the application runs), the methodology version, the language
 * and the date, which the caller puts in the key; it must not depend on the user (no CSRF token,
 * no user name: those belong to the layout, rendered for each request). Entries are keyed by
 * template, the caller's key, language and the request's context path (the start of the links); at
 * most {@value #CAPACITY} are kept, the least used first dropped; nothing else invalidates them, as
 * nothing they depend on changes while the application runs (a new methodology version is a new key).
 */
@Component
public class RenderedFragments {

    /** Template wrapping cached content in the layout: model attributes {@code pageTitle} and {@code cachedContent}. */
    public static final String PAGE_VIEW = "knowledge/cached";
    static final int CAPACITY = 600;

    private final ThymeleafViewResolver views;
    private final Cache<List<Object>, String> cache = Caffeine.newBuilder().maximumSize(CAPACITY).build();

    RenderedFragments(ThymeleafViewResolver views) {
        this.views = views;
    }

    /**
     * Puts into {@code model} the page title and the HTML of {@code template :: content}, rendered
     * with the variables {@code variables} supplies (only on a cache miss), and returns the view
     * name of the page.
     *
     * @param key       what the content depends on besides the language (e.g. mineral id and
     *                  methodology version)
     * @param template  the template holding a {@code content} fragment
     * @param title     the page title (already localised)
     * @param variables the variables of the fragment
     */
    public String page(Model model, List<Object> key, String template, String title, Supplier<Map<String, ?>> variables,
            Locale locale, HttpServletRequest request, HttpServletResponse response) {
        List<Object> fullKey = List.of(template, key, locale.getLanguage(), request.getContextPath());
        String html = cache.get(fullKey,
                k -> render(template + " :: content", variables.get(), locale, request, response));
        model.addAttribute("pageTitle", title);
        model.addAttribute("cachedContent", html);
        return PAGE_VIEW;
    }

    private String render(String viewName, Map<String, ?> variables, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            View view = views.resolveViewName(viewName, locale);
            if (view == null) {
                throw new IllegalStateException("no view " + viewName);
            }
            StringWriter out = new StringWriter();
            PrintWriter writer = new PrintWriter(out);
            view.render(variables, request, new HttpServletResponseWrapper(response) {
                @Override
                public PrintWriter getWriter() {
                    return writer;
                }

                @Override
                public void setContentType(String type) {
                    // the page's content type is set when the page itself is rendered
                }
            });
            writer.flush();
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot render " + viewName + ": " + e.getMessage(), e);
        }
    }
}
