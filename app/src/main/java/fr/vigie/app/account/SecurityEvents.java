package fr.vigie.app.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security log: one line per security event on the logger {@value #LOGGER} (in the structured
 * log file, {@code logs/vigie.log}, as ECS JSON lines with the fields below), for audits and alerts.
 * Every line has {@code event.action}, {@code user.name} (who acted: the logged-in user, or
 * {@value #SYSTEM} outside a request) and {@code client.ip} (the request's client address) plus the
 * event's own fields. Passwords and password hashes are never given to it.
 */
@Component
public class SecurityEvents {

    /** The logger name of the security log. */
    public static final String LOGGER = "vigie.security";
    /** The actor of events that no user caused (start-up). */
    public static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    /** Records an event caused by the current user (if any) of the current request (if any). */
    public void record(String action, Map<String, ?> fields) {
        record(action, currentUser(), fields);
    }

    /** Records an event whose actor is known (a login attempt names the account tried). */
    public void record(String action, String actor, Map<String, ?> fields) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("event.action", action);
        all.put("user.name", actor);
        all.put("client.ip", clientAddress());
        new TreeMap<String, Object>(fields).forEach(all::put);
        all.replaceAll((k, v) -> v instanceof String text ? printable(text) : v);
        LoggingEventBuilder line = action.endsWith("failure") || action.endsWith("blocked") ? log.atWarn() : log.atInfo();
        all.forEach(line::addKeyValue);
        StringBuilder message = new StringBuilder("security event ").append(action);
        all.forEach((k, v) -> {
            if (!k.equals("event.action")) {
                message.append(' ').append(k).append('=').append(v);
            }
        });
        line.log(message.toString());
    }

    /** Control characters (a forged line break, say) become {@code ?}; at most 200 characters are kept. */
    private static String printable(String text) {
        String clean = text.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
        return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? clientAddress(attributes.getRequest())
                : "";
    }

    /** The client address of a request (behind a proxy: set {@code server.forward-headers-strategy}). */
    static String clientAddress(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "" : address;
    }
}
