package fr.vigie.app.shell;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No CSRF token in the address bar: every form that carries the token is sent by POST, but a form a
 * browser sends by GET (a page opened from history or a bookmark of a failed submission, an old page
 * left open across a version change) would put it in the URL, where it stays in the history, the
 * server logs and the Referer. A GET or HEAD whose query holds {@value #TOKEN} is answered with a
 * redirect to the same address without it (the other parameters kept), before anything else runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class NoTokenInAddressBar extends OncePerRequestFilter {

    static final String TOKEN = "_csrf";
    private static final Set<String> TOKENS = Set.of(TOKEN);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query == null || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || Arrays.stream(query.split("&")).noneMatch(NoTokenInAddressBar::isToken)) {
            chain.doFilter(request, response);
            return;
        }
        String kept = Arrays.stream(query.split("&")).filter(p -> !p.isEmpty() && !isToken(p))
                .collect(Collectors.joining("&"));
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", request.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept));
    }

    private static boolean isToken(String parameter) {
        String name = parameter.split("=", 2)[0];
        return TOKENS.contains(URLDecoder.decode(name, StandardCharsets.UTF_8));
    }
}
