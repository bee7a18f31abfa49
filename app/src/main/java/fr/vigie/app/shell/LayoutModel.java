package fr.vigie.app.shell;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attributes every page's layout needs. */
@ControllerAdvice
class LayoutModel {

    private static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private final RoleHierarchy roles;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    LayoutModel(RoleHierarchy roles) {
        this.roles = roles;
    }

    /**
     * Who the layout shows as signed in, computed once per request from the request's security
     * context.
     *
     * @param signedIn whether a user is signed in (not anonymous): the navigation and the user menu
     * @param admin    whether that user has the administrator role (with the role hierarchy): the
     *                 users entry of the navigation
     * @param name     the signed-in user's name, empty when nobody is signed in
     */
    public record LayoutUser(boolean signedIn, boolean admin, String name) {
    }

    /**
     * The layout's two attributes, added by one method (Spring MVC prepares each model-attribute
     * method of an advice at every request): {@code currentPath}, the request path without the
     * context path, to mark the current navigation entry, and {@code layoutUser}.
     */
    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        model.addAttribute("layoutUser", layoutUser());
    }

    LayoutUser layoutUser() {
        @Nullable Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || trust.isAnonymous(user)) {
            return new LayoutUser(false, false, "");
        }
        boolean admin = roles.getReachableGrantedAuthorities(user.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).anyMatch(ADMIN_AUTHORITY::equals);
        return new LayoutUser(true, admin, user.getName());
    }
}
