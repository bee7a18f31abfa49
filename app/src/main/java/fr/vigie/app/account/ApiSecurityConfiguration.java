package fr.vigie.app.account;

import java.io.IOException;

import fr.vigie.app.database.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security of the JSON API under {@code /api/**}: same users and roles as the pages.
 *
 * <ul>
 *   <li>Authentication: the browser session of the pages (form login), or HTTP Basic credentials
 *       sent with each request by scripts ({@code curl -u user:password}). No
 *       {@code WWW-Authenticate} challenge is ever sent, so browsers never prompt for and never
 *       cache Basic credentials: a browser reaches the API only through its session cookie.
 *   <li>CSRF: required on unsafe methods (POST, PUT, PATCH, DELETE) whenever the request carries a
 *       session (cookie), in the {@code X-CSRF-TOKEN} header (the token of the page's {@code _csrf}
 *       meta or form field). Only requests with an {@code Authorization} header and no session
 *       are exempt (scripts): a cross-site page cannot make a browser add that header, but a
 *       browser does add its session cookie, so a header alone never lifts the check for a session.
 *   <li>Login throttling ({@link LoginThrottle}): 429 with {@code Retry-After} while an account or
 *       client must wait.
 *   <li>Failures answer JSON problem details: 401 without credentials, 403 when the role is
 *       insufficient or the CSRF token is missing.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String API = "/api/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, LoginThrottle throttle, SecurityEvents events,
            DatabaseUnavailable databaseUnavailable) throws Exception {
        RequestMatcher scriptWithoutSession = request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null
                && request.getRequestedSessionId() == null && request.getSession(false) == null;
        SecurityConfiguration.headers(http);
        http.addFilterBefore(new LoginThrottleFilter(throttle, events), BasicAuthenticationFilter.class);
        http.securityMatcher(API)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.VIEWER.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> unauthorized(
                        databaseUnavailable, request, response, e, "log in (session) or send HTTP Basic credentials")))
                .csrf(csrf -> csrf.ignoringRequestMatchers(scriptWithoutSession)
                        .csrfTokenRequestHandler(SecurityConfiguration.csrfTokenMasking()))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> unauthorized(databaseUnavailable, request,
                                response, ex, "log in (session) or send HTTP Basic credentials"))
                        .accessDeniedHandler((request, response, ex) -> problem(response, 403, "Forbidden",
                                "your role does not allow this, or (session) the X-CSRF-TOKEN header is missing or wrong")));
        return http.build();
    }

    /** 401, or 503 when the credentials could not be checked because the database is unreachable. */
    /** Also answers the actuator chain's refusals. */
    static void unauthorized(DatabaseUnavailable databaseUnavailable, HttpServletRequest request,
            HttpServletResponse response, AuthenticationException failure, String detail) throws IOException {
        if (DatabaseUnavailable.isCause(failure)) {
            databaseUnavailable.answer(request, response, failure);
        } else {
            problem(response, 401, "Unauthorized", detail);
        }
    }

    static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
