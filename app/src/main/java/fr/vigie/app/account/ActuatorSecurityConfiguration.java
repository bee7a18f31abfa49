package fr.vigie.app.account;


import fr.vigie.app.database.DatabaseUnavailable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Security of the actuator endpoints under {@code /actuator/**}, read by load balancers and
 * monitoring systems: health (liveness, readiness) for anyone; the Prometheus metrics
 * ({@code /actuator/prometheus}) for ADMIN or METRICS users; every other endpoint, {@code info}
 * included, for ADMIN. Authentication: the browser session, or HTTP Basic credentials sent with each
 * request (Prometheus' {@code basic_auth}), never challenged (no browser prompt), throttled like
 * logins ({@link LoginThrottle}); failures answer JSON problem details (401, 403; 503 when the
 * database is unreachable). Security headers as on pages.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, LoginThrottle throttle, SecurityEvents events,
            DatabaseUnavailable databaseUnavailable) throws Exception {
        SecurityConfiguration.headers(http);
        http.addFilterBefore(new LoginThrottleFilter(throttle, events), BasicAuthenticationFilter.class);
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(Role.METRICS.name())
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> ApiSecurityConfiguration.unauthorized(
                        databaseUnavailable, request, response, e, "log in (session) or send HTTP Basic credentials")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> ApiSecurityConfiguration.unauthorized(databaseUnavailable, request,
                                response, ex, "log in (session) or send HTTP Basic credentials"))
                        .accessDeniedHandler((request, response, ex) -> ApiSecurityConfiguration.problem(response, 403, "Forbidden",
                                "your role does not allow this endpoint")));
        return http.build();
    }
}
