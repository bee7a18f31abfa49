package fr.vigie.app.dashboard;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import fr.vigie.app.workspace.WorkspaceGrant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.unbescape.html.HtmlEscape;

/**
 * The whole dashboard page of an assessment, rendered once (layout, navigation, tabs, key figures,
 * ranking and heatmap) for each assessment, language, workspace name, workspace role, set of
 * authorities and path, then kept: stored assessments never change, and rendering the page with its
 * layout's security checks and links was most of a request's CPU time. Only the per-request parts
 * are filled in at each request: the user's name, the CSRF token of the logout form and the number
 * of open roadmap actions. The kept rendering is made with placeholders for these three (a user
 * named by a placeholder, with the user's authorities; a placeholder CSRF token), so it holds
 * nothing of the user who happened to ask first.
 */
@Component
class DashboardPages {

    static final String TEMPLATE = "dashboard/workspace";
    static final int CACHE_SIZE = 256;

    /** Placeholders: a random part per start, so that no page content can contain them. */
    private static final String MARK = "vigie-" + UUID.randomUUID();
    static final String NAME = MARK + "-user-name";
    static final String TOKEN = MARK + "-csrf-token";
    static final String OPEN_ACTIONS = MARK + "-open-actions";

    private final ViewResolver views;
    /** Renderings by key; all dropped when full (a rendering takes milliseconds). */
    private final Map<Key, String> rendered = new ConcurrentHashMap<>();

    DashboardPages(ViewResolver thymeleafViewResolver) {
        this.views = thymeleafViewResolver;
    }

    /** What a kept rendering depends on besides the per-request parts. */
    record Key(long assessment, String language, String workspaceName, String role, List<String> authorities,
            String path, boolean cookieSession) {
    }

    /** The page of an assessment's dashboard: {@code openActions} is filled in per request. */
    View page(long assessment, WorkspaceGrant grant, long openActions) {
        return (model, request, response) -> {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            Locale locale = org.springframework.web.servlet.support.RequestContextUtils.getLocale(request);
            if (user == null || token == null) { // not through the usual security filters: no keeping
                Map<String, Object> m = new HashMap<>(model);
                m.put("openActions", openActions);
                resolve(locale).render(m, request, response);
                return;
            }
            Key key = new Key(assessment, locale.toLanguageTag(), grant.workspace().name(), grant.role().name(),
                    user.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList(),
                    request.getRequestURI(), request.isRequestedSessionIdFromCookie());
            String page = rendered.get(key);
            if (page == null) {
                page = render(model, locale, user, token, request, response);
                if (rendered.size() >= CACHE_SIZE) {
                    rendered.clear();
                }
                rendered.put(key, page);
            }
            String html = page.replace(NAME, HtmlEscape.escapeHtml4Xml(user.getName()))
                    .replace(TOKEN, HtmlEscape.escapeHtml4Xml(token.getToken()))
                    .replace(OPEN_ACTIONS, Long.toString(openActions));
            response.setLocale(locale);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(html);
        };
    }

    private View resolve(Locale locale) throws Exception {
        View view = views.resolveViewName(TEMPLATE, locale);
        if (view == null) {
            throw new IllegalStateException("no view " + TEMPLATE);
        }
        return view;
    }

    /** Renders the page with the placeholders, as a placeholder user with the user's authorities. */
    private String render(Map<String, ?> model, Locale locale, Authentication user, CsrfToken token,
            HttpServletRequest request, HttpServletResponse response) throws Exception {
        Map<String, Object> m = new HashMap<>(model);
        m.put("openActions", OPEN_ACTIONS);
        CsrfToken placeholder = new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), TOKEN);
        HttpServletRequest withPlaceholder = new HttpServletRequestWrapper(request) {
            @Override
            public @Nullable Object getAttribute(String name) {
                return name.equals(CsrfToken.class.getName()) || name.equals(token.getParameterName())
                        ? placeholder : super.getAttribute(name);
            }
        };
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        HttpServletResponse capture = new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
            }

            @Override
            public void flushBuffer() {
                writer.flush();
            }
        };
        SecurityContext original = SecurityContextHolder.getContext();
        SecurityContext asPlaceholder = SecurityContextHolder.createEmptyContext();
        asPlaceholder.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null, user.getAuthorities()));
        SecurityContextHolder.setContext(asPlaceholder);
        try {
            resolve(locale).render(m, withPlaceholder, capture);
        } finally {
            SecurityContextHolder.setContext(original);
        }
        writer.flush();
        return out.toString();
    }
}
