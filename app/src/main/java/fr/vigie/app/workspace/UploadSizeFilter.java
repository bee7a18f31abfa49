package fr.vigie.app.workspace;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a multipart upload whose declared length is above {@code vigie.ledger.max-upload-size}
 * before anything reads its body (Tomcat would otherwise fail the first filter that reads a request
 * parameter with a bare 413), and one sent without a length (chunked) as soon as reading it passes
 * the limit: pages go back to the ledger section with the usual message, the API answers 413 with a
 * JSON message; a chunked body that cannot be read as multipart gets 400. Runs before the security
 * filters; it only ever refuses.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeFilter extends OncePerRequestFilter {

    /** Query parameter of the ledger, declaration and supplier portal pages that shows the size refusal. */
    static final String REFUSED_PARAMETER = "refused";

    private final long maxRequestBytes;

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:20MB}") DataSize maxRequest) {
        this.maxRequestBytes = maxRequest.toBytes();
    }

    @Bean
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFilterRegistration() {
        FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(this);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() < 0) {
            switch (readParts(request)) {
                case READ -> { }
                case TOO_LARGE -> {
                    refuse(request, response);
                    return;
                }
                case UNREADABLE -> {
                    response.setStatus(HttpStatus.BAD_REQUEST.value());
                    response.setHeader("Connection", "close");
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                            + "\"detail\":\"the request body could not be read as multipart/form-data\"}");
                    return;
                }
            }
        }
        if (request.getContentLengthLong() <= maxRequestBytes) {
            chain.doFilter(request, response);
            return;
        }
        refuse(request, response);
    }

    private enum Parts { READ, TOO_LARGE, UNREADABLE }

    /**
     * Reads the parts of a multipart body sent without a length (chunked) now, before any other
     * filter asks for a parameter: the server caches them for the request. The server's own failures
     * would otherwise give its bare 413 page (above the limit) or a 500 (a body that is not valid
     * chunked multipart, such as one sent with both Content-Length and Transfer-Encoding).
     */
    private static Parts readParts(HttpServletRequest request) {
        try {
            request.getParts();
            return Parts.READ;
        } catch (IllegalStateException e) {
            return Parts.TOO_LARGE; // the servlet container's "size limit exceeded"
        } catch (IOException | ServletException e) {
            return Parts.UNREADABLE;
        }
    }

    /** A roadmap action's evidence upload: refused, it goes back to the roadmap. */
    private static final java.util.regex.Pattern EVIDENCE =
            java.util.regex.Pattern.compile("(/workspaces/\\d+/roadmap)/actions/\\d+/evidence");

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"outcome\":\"refused\",\"reason\":\"size\",\"message\":\"the upload is above the "
                    + maxRequestBytes + "-byte limit\"}");
            return;
        }
        java.util.regex.Matcher evidence = EVIDENCE.matcher(path);
        String target = path.matches("/workspaces/\\d+/(ledgers|declarations)|/supplier/[A-Za-z0-9_-]{43}|/grievance/[0-9a-f]{32}") ? path + "?" + REFUSED_PARAMETER + "=size"
                : evidence.matches() ? evidence.group(1) + "?" + REFUSED_PARAMETER + "=size" : "/workspaces";
        response.setHeader("Connection", "close");
        response.sendRedirect(request.getContextPath() + target);
    }
}
