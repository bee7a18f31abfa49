package fr.vigie.app.account;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds Spring Security's authentication events (form login and HTTP Basic alike) to the
 * {@link LoginThrottle} and the {@link SecurityEvents security log}.
 */
@Component
class AuthenticationEventsListener {

    private final LoginThrottle throttle;
    private final SecurityEvents events;

    AuthenticationEventsListener(LoginThrottle throttle, SecurityEvents events) {
        this.throttle = throttle;
        this.events = events;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        throttle.succeeded(authentication.getName());
        events.record("login-success", authentication.getName(), Map.of());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        String username = authentication.getName() == null ? "" : authentication.getName();
        throttle.failed(username, client(authentication));
        events.record("login-failure", username, Map.of("reason", event.getException().getClass().getSimpleName()));
    }

    private static String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "";
    }
}
