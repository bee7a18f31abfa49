package fr.vigie.app.shell;

import java.io.IOException;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Writes the content-hashed address of a static file into the pages' links (a link to
 * {@code /assets/css/vigie.css} becomes {@code /assets/css/vigie-<hash>.css}), like Spring's {@link
 * ResourceUrlEncodingFilter}, which it replaces: Spring's looks every link of a page up against every
 * static-file pattern ({@code /assets/**}, {@code /webjars/**}, {@code /favicon.ico}) with a path
 * matcher, a tenth of a page's rendering time on pages with many links (the workspace tabs, the
 * download links). This one first compares the link with the literal start of each pattern (the part
 * before its first wildcard) and asks Spring's {@link ResourceUrlProvider} only for links that can be a
 * static file, once per file (the answer is kept); every other link is left as it is, which is what
 * Spring's lookup answers for them.
 */
public final class AssetUrlEncodingFilter extends ResourceUrlEncodingFilter {

    /** The literal starts of the static-file patterns, read once from the provider (they never change). */
    private volatile @Nullable List<String> prefixes;

    /**
     * The hashed address of each static file linked so far, by its address: static files are the
     * application's own (in its jar), so a file's hash cannot change while it runs. A page links a
     * handful; the bound keeps odd addresses from growing the map.
     */
    private final Cache<String, String> hashed = Caffeine.newBuilder().maximumSize(KEPT_ADDRESSES).build();

    static final int KEPT_ADDRESSES = 1_024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            throw new ServletException("static-file links are written for HTTP requests only");
        }
        chain.doFilter(request, new Links(http, answer));
    }

    /** The literal part of a path pattern before its first wildcard or variable. */
    static String literalStart(String pattern) {
        int end = pattern.length();
        for (char c : new char[] {'*', '?', '{'}) {
            int at = pattern.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return pattern.substring(0, end);
    }

    private static boolean startsWithAny(String path, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private List<String> prefixes(ResourceUrlProvider provider) {
        List<String> known = prefixes;
        if (known == null) {
            known = provider.getHandlerMap().keySet().stream().map(AssetUrlEncodingFilter::literalStart).distinct().toList();
            prefixes = known;
        }
        return known;
    }

    /** The response whose {@link #encodeURL} writes static files' hashed addresses. */
    private final class Links extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Links(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(hashed(url));
        }

        private String hashed(String url) {
            // exposed by Spring MVC's interceptor once a handler is chosen; absent before (e.g. errors in filters)
            if (!(request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                    instanceof ResourceUrlProvider provider)) {
                return url;
            }
            String context = request.getContextPath();
            if (!url.startsWith(context)) {
                return url;
            }
            int end = url.length();
            for (char c : new char[] {'?', '#'}) {
                int at = url.indexOf(c, context.length());
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            String path = url.substring(context.length(), end);
            if (path.isEmpty() || !startsWithAny(path, prefixes(provider))) {
                return url;
            }
            // a path no static file answers is kept as itself: it is left as written
            String found = hashed.get(path, p -> {
                @Nullable String lookedUp = provider.getForLookupPath(p);
                return lookedUp == null ? p : lookedUp;
            });
            return context + found + url.substring(end);
        }
    }

    /**
     * Registers the filter for requests and error pages, as Spring Boot registers Spring's; Boot then
     * does not create its own, which it makes only when no filter bean of its type exists.
     */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        AssetUrlEncodingFilter assetUrlEncodingFilter() {
            return new AssetUrlEncodingFilter();
        }

        @Bean
        FilterRegistrationBean<AssetUrlEncodingFilter> assetUrlEncodingFilterRegistration(AssetUrlEncodingFilter filter) {
            FilterRegistrationBean<AssetUrlEncodingFilter> registration = new FilterRegistrationBean<>(filter);
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            return registration;
        }
    }
}
