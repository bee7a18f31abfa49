package fr.vigie.app.database;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * What users get while the database cannot be reached (stopped, restarting, network down): pages
 * answer 503 with a "database unavailable" page in the user's language, the API and actuator answer
 * 503 problem details, both with {@code Retry-After}; a login attempt says the same instead of
 * "wrong username or password". Requests do not hang: the connection pool gives up after
 * {@code spring.datasource.hikari.connection-timeout} (3 s). Three places catch the failure: a filter
 * around everything (the session store is read before security), an exception resolver for
 * controllers, and {@link #loginFailureHandler} for the login form and HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseUnavailable {

    private static final Log logger = LogFactory.getLog(DatabaseUnavailable.class);
    static final String RETRY_AFTER_SECONDS = "30";

    private final ITemplateEngine templates;
    private final LocaleResolver locales;

    DatabaseUnavailable(ITemplateEngine templates, LocaleResolver locales) {
        this.templates = templates;
        this.locales = locales;
    }

    /**
     * Whether {@code failure} (or one of its causes) says the database could not be reached, as opposed
     * to a query or data error: a connection that could not be made or was lost, or the server shutting
     * down (SQL states class 08 and 57P).
     */
    public static boolean isCause(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** Writes the 503 answer: problem details for the API and actuator, else the page. */
    public void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        logger.warn("Database unavailable for " + request.getMethod() + " " + request.getRequestURI() + ": "
                + rootMessage(failure));
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"code\":\"database-unavailable\",\"detail\":\"the database cannot be reached; retry in "
                    + RETRY_AFTER_SECONDS + " s\"}");
            return;
        }
        Locale locale = locales.resolveLocale(request);
        Context context = new Context(locale);
        context.setVariable("stylesheet", request.getContextPath() + "/assets/css/vigie.css");
        context.setVariable("retry", request.getContextPath() + ("GET".equals(request.getMethod())
                && !path.equals("/login") ? path : "/login"));
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setLocale(locale);
        templates.process("error/database-unavailable", context, response.getWriter());
    }

    /**
     * A login failure handler that answers {@link #answer 503} when the failure came from the
     * database, else does what {@code otherwise} does ("wrong username or password").
     */
    public AuthenticationFailureHandler loginFailureHandler(AuthenticationFailureHandler otherwise) {
        return (request, response, exception) -> {
            if (isCause(exception)) {
                answer(request, response, exception);
            } else {
                otherwise.onAuthenticationFailure(request, response, exception);
            }
        };
    }

    /** Around every request, before the session store and security: catches what escaped the rest. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableFilter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | IOException | RuntimeException e) {
                    if (!isCause(e)) {
                        throw e;
                    }
                    answer(request, response, e);
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Controllers: before Spring MVC's own resolvers turn the failure into a 500. */
    @Bean
    HandlerExceptionResolver databaseUnavailableResolver() {
        return new OrderedResolver();
    }

    private final class OrderedResolver implements HandlerExceptionResolver, Ordered {
        @Override
        public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                @Nullable Object handler, Exception failure) {
            if (!isCause(failure)) {
                return null;
            }
            try {
                answer(request, response, failure);
            } catch (IOException e) {
                return null;
            }
            return new ModelAndView();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
