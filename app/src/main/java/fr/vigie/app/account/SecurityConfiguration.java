package fr.vigie.app.account;

import fr.vigie.app.database.DatabaseUnavailable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security: every page needs a logged-in user except the login page, static assets and the
 * supplier portal {@code /supplier/{token}}, whose random token is the credential, and the grievance
 * intake pages {@code /grievance/{key}/**}, open to anyone (the
 * actuator endpoints have their own rules: {@link ActuatorSecurityConfiguration}); pages need VIEWER
 * (or a role including it: a METRICS user reads the metrics only); {@code /admin/**} needs ADMIN;
 * {@code /account/password} needs only a logged-in user;
 * form login on {@code /login}, throttled by {@link LoginThrottle}, answering 503 "database
 * unavailable" instead of "wrong password" during a database outage; CSRF tokens on every form
 * (Spring Security's default); passwords hashed with bcrypt behind a delegating encoder (so that the
 * algorithm can change later without invalidating stored hashes); security headers on every answer
 * ({@link #headers}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";

    /**
     * Content Security Policy of every answer: scripts only from this server's files (no inline script
     * or event-handler attribute, no eval), no plug-ins, no framing, forms only to this server. Inline
     * styles stay allowed ({@code style-src 'unsafe-inline'}): the charts library sets style attributes.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Browser features no page uses, turned off for every page. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), interest-cohort=()";

    /** Content-Security-Policy, Referrer-Policy and Permissions-Policy (with Spring Security's defaults). */
    static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
    }

    /**
     * No Micrometer observation of each security filter, authentication and authorization: they cost
     * about a tenth of a page's server time (a timer and a long-task timer per filter per request) and
     * no dashboard reads them. Requests are still measured as a whole ({@code http_server_requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, SecurityEvents events,
            DatabaseUnavailable databaseUnavailable) throws Exception {
        headers(http);
        http.addFilterBefore(new LoginThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE, "/assets/css/**", "/assets/favicon*.svg", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        // the supplier portal: its token is the credential (fr.vigie.app.supplier)
                        .requestMatchers("/supplier/*").permitAll()
                        // the grievance intake pages: open to anyone (fr.vigie.app.grievance)
                        .requestMatchers("/grievance/*", "/grievance/*/follow", "/grievance/*/follow/message")
                        .permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        // every logged-in user changes their own password (PasswordChangeController)
                        .requestMatchers(PasswordChangeController.PATH).authenticated()
                        // a METRICS account reads the metrics only (ActuatorSecurityConfiguration)
                        .anyRequest().hasRole(Role.VIEWER.name()))
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        // a database outage is not a wrong password: 503 "database unavailable"
                        .failureHandler(databaseUnavailable.loginFailureHandler(
                                new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?error")))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout").permitAll())
                .csrf(csrf -> csrf.csrfTokenRequestHandler(csrfTokenMasking()));
        return http.build();
    }

    /**
     * Spring Security's default CSRF token handling (the token masked with fresh random bytes in
     * every rendered form, against BREACH), with the random bytes drawn per thread instead of from
     * one locked generator ({@link PerThreadSecureRandom}).
     */
    static XorCsrfTokenRequestAttributeHandler csrfTokenMasking() {
        XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
        handler.setSecureRandom(new PerThreadSecureRandom());
        return handler;
    }

    /** ADMIN includes ANALYST, which includes VIEWER; ADMIN includes METRICS. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_ANALYST
                ROLE_ANALYST > ROLE_VIEWER
                ROLE_ADMIN > ROLE_METRICS
                """);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return username -> accounts.credentials(username)
                .map(c -> User.withUsername(c.username())
                        .password(c.passwordHash())
                        .roles(c.role().name())
                        .disabled(!c.enabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    }
}
