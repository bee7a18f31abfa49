package fr.vigie.app.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt while the {@link LoginThrottle} says to wait, before the password is
 * checked: the login form goes back to the login page with {@code ?locked=<seconds>}, an HTTP Basic
 * request to the API gets 429 with {@code Retry-After} and a problem detail. Placed in both security
 * filter chains before their authentication filter.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final SecurityEvents events;

    LoginThrottleFilter(LoginThrottle throttle, SecurityEvents events) {
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = HttpMethod.POST.matches(request.getMethod())
                && SecurityConfiguration.LOGIN_PAGE.equals(request.getRequestURI().substring(request.getContextPath().length()));
        Optional<String> basic = form ? Optional.empty() : basicUsername(request);
        if (!form && basic.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String username = form ? String.valueOf(request.getParameter("username")) : basic.get();
        Optional<Duration> wait = throttle.waitFor(username, SecurityEvents.clientAddress(request));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
        events.record("login-blocked", username, Map.of("retry.after.seconds", seconds));
        if (form) {
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE + "?locked=" + seconds);
            return;
        }
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"too many failed logins for this account or from this address: try again in "
                + seconds + " seconds\",\"retryAfterSeconds\":" + seconds + "}");
    }

    /** The username of an HTTP Basic {@code Authorization} header, if the request has one. */
    static Optional<String> basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
