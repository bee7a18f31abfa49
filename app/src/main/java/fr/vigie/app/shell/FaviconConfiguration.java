package fr.vigie.app.shell;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The icon browsers ask for at {@code /favicon.ico} whatever the page links to: served from the
 * application's static files (which are otherwise only under {@code /assets/}), so that no page
 * causes a 404. Pages link the SVG version ({@code /assets/favicon.svg}) from the layout.
 */
@Configuration(proxyBeanMethods = false)
class FaviconConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }
}
