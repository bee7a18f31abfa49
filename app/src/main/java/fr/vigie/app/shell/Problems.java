package fr.vigie.app.shell;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.Text;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Renders the engine's structured {@link Problem}s from the engine's message bundles in the
 * reader's language: for pages (a bean named {@code problems}, e.g. {@code
 * ${@problems.text(invalid.problem())}}) and for the API as RFC 9457 problem details whose {@code
 * type} is {@code /problems/<code>}, with the problem's {@code code}, {@code source}, {@code line}
 * and {@code path} as properties. Nothing here reads a rendered message back.
 */
@Component("problems")
public class Problems {

    /** The base of every problem type URI; the code follows. */
    public static final String TYPE_BASE = "/problems/";

    /** The problem's text without its place, in the current request's language. */
    public String text(Problem problem) {
        return textOf(problem);
    }

    /** The problem's text without its place, in the current request's language. */
    public static String textOf(Problem problem) {
        return messages(LocaleContextHolder.getLocale()).render(problem.text());
    }

    /** The problem with its place (file, line, field), in the current request's language. */
    public String withPlace(Problem problem) {
        return withPlaceOf(problem);
    }

    /** The problem with its place (file, line, field), in the current request's language. */
    public static String withPlaceOf(Problem problem) {
        return problem.render(messages(LocaleContextHolder.getLocale()));
    }

    /** A text of the engine's bundles (e.g. a stored ledger line's reason), in the request's language. */
    public String render(String key, List<?> args) {
        return messages(LocaleContextHolder.getLocale()).render(new Text(key, List.copyOf(args)));
    }

    /** The engine's messages in a language (English for any language without bundles). */
    public static Messages messages(Locale locale) {
        return Messages.of(locale);
    }

    /**
     * An RFC 9457 problem detail for {@code problems} (at least one): {@code type} and the
     * properties from the first, {@code detail} its text with its place, {@code title} the generic
     * title, all in {@code locale}; with more than one, a {@code problems} property lists them all.
     */
    public static ProblemDetail detail(HttpStatusCode status, List<Problem> problems, Locale locale) {
        Messages messages = messages(locale);
        Problem first = problems.getFirst();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, first.render(messages));
        detail.setType(URI.create(TYPE_BASE + first.code()));
        detail.setTitle(messages.get("problem.title"));
        properties(first, messages).forEach(detail::setProperty);
        if (problems.size() > 1) {
            detail.setProperty("problems", list(problems, locale));
        }
        return detail;
    }

    /**
     * The problems as listed in a problem detail's {@code problems} property: each with its {@code
     * code}, {@code severity}, {@code source}, {@code line} and {@code path} when it has them, {@code
     * message} (its text) and {@code detail} (its text with its place), rendered in {@code locale}.
     */
    public static List<Map<String, Object>> list(List<Problem> problems, Locale locale) {
        Messages messages = messages(locale);
        List<Map<String, Object>> all = new ArrayList<>();
        for (Problem p : problems) {
            all.add(properties(p, messages));
        }
        return all;
    }

    /** See {@link #detail(HttpStatusCode, List, Locale)}; in the current request's language. */
    public static ProblemDetail detail(HttpStatusCode status, Problem problem) {
        return detail(status, List.of(problem), LocaleContextHolder.getLocale());
    }

    private static Map<String, Object> properties(Problem p, Messages messages) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
        if (p.source() != null) {
            m.put("source", p.source());
        }
        if (p.line() != null) {
            m.put("line", p.line());
        }
        if (p.path() != null) {
            m.put("path", p.path());
        }
        m.put("message", messages.render(p.text()));
        m.put("detail", p.render(messages));
        return m;
    }
}
