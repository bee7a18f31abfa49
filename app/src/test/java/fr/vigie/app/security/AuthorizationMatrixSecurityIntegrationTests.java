package fr.vigie.app.security;

import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The authorization matrix, kept as a test: every route of the OpenAPI document ({@code /v3/api-docs})
 * and every page route (Spring MVC's {@link RequestMappingHandlerMapping}), every method, for a
 * global ADMIN, a workspace ANALYST, a workspace VIEWER, a non-member and an anonymous caller.
 * Expected:
 * <ul>
 *   <li>anonymous: 401 on the API, a redirect to the login page on pages (the login page excepted);</li>
 *   <li>non-member: on every route of a workspace, the very answer of a workspace that does not exist
 *       (404), so that ids cannot be probed;</li>
 *   <li>VIEWER: 403 on every unsafe method of a workspace route; ANALYST and VIEWER: 403 on
 *       {@code /admin/**};</li>
 *   <li>members and the ADMIN reach every workspace route they may read (no 401, 403), except the
 *       deletion confirmation page, which like the deletion is for global administrators, and the
 *       outbox, for the workspace's administrators (VIEWER: 403);</li>
 *   <li>the supplier portal {@code /supplier/{token}} is open to all, and an unknown token is 404 for
 *       everyone; so are the grievance intake pages {@code /grievance/{key}/**} with an unknown key;</li>
 *   <li>the grievance cases {@code /workspaces/{id}/grievances/**} are for designated case handlers only:
 *       403 for every member here, the ADMIN included (none is a handler);</li>
 *   <li>nobody ever gets a 5xx.</li>
 * </ul>
 * Unsafe requests carry a CSRF token and a body of the route's kind (a small ledger for uploads) and
 * run on a fresh workspace each, so that deletions and renames do not disturb the other requests.
 */
@VigieIntegrationTest
class AuthorizationMatrixSecurityIntegrationTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final long MISSING = 987_654_321L;

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    UserDetailsService users;

    private record Route(String method, String pattern, HandlerMethod handler, RequestMappingInfo info) {
        boolean api() {
            return pattern.startsWith("/api/");
        }

        boolean workspaceScoped() {
            return pattern.matches("(/api)?/workspaces/\\{id}.*");
        }

        boolean unsafe() {
            return UNSAFE.contains(method);
        }

        /** The deletion confirmation page: for global administrators only, like the deletion. */
        boolean deletion() {
            return pattern.endsWith("/delete") && !pattern.contains("declarations");
        }

        /** The outbox: for the workspace's administrators (its e-mails carry the suppliers' portal links). */
        boolean adminOnly() {
            return pattern.endsWith("/outbox");
        }

        /** The grievance cases: for the workspace's designated case handlers only (none in this matrix). */
        boolean caseHandlersOnly() {
            return pattern.matches("(/api)?/workspaces/\\{id}/grievances.*");
        }

        /**
         * The login page, the error page, the supplier portal (its token is the credential: 404 here) and
         * the grievance intake pages (open to anyone; an unknown workspace key is 404).
         */
        boolean publicPage() {
            return pattern.equals("/login") || pattern.equals("/error") || pattern.startsWith("/supplier/")
                    || pattern.startsWith("/grievance/");
        }
    }

    private enum Caller { ADMIN, ANALYST, VIEWER, NON_MEMBER, ANONYMOUS }

    private final String analyst = WorkspaceFixtures.newName("mx-analyst");
    private final String viewer = WorkspaceFixtures.newName("mx-viewer");
    private final String outsider = WorkspaceFixtures.newName("mx-outsider");

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    routes.add(new Route(method, pattern, handler, info));
                }
            }
        });
        return routes;
    }

    private long newWorkspace() {
        long id = ((Workspaces.CreateOutcome.Created) workspaces.create(WorkspaceFixtures.newName("Matrix"),
                "name: \"Matrix\"\n", "test")).workspace().id();
        workspaces.putMember(id, analyst, WorkspaceRole.ANALYST);
        workspaces.putMember(id, viewer, WorkspaceRole.VIEWER);
        return id;
    }

    @Test
    void everyRouteAnswersEveryCallerAsTheMatrixSays() throws Exception {
        accounts.create(analyst, "matrix password " + analyst, Role.ANALYST);
        accounts.create(viewer, "matrix password " + viewer, Role.VIEWER);
        accounts.create(outsider, "matrix password " + outsider, Role.ANALYST);
        long shared = newWorkspace();
        List<Route> routes = routes();
        assertOpenApiMatchesTheHandlers(routes);

        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Route route : routes) {
            if (route.pattern().startsWith("/v3/api-docs") || route.pattern().startsWith("/swagger-ui")
                    || route.pattern().equals("/error")) {
                continue; // the OpenAPI document and its viewer are checked as pages below; /error is the error page
            }
            for (Caller caller : Caller.values()) {
                long workspace = route.unsafe() ? newWorkspace() : shared;
                int status = perform(route, caller, workspace).getResponse().getStatus();
                requests++;
                String where = caller + " " + route.method() + " " + route.pattern() + " -> " + status;
                if (status >= 500) {
                    failures.add(where + " (server error)");
                }
                switch (caller) {
                    case ANONYMOUS -> {
                        if (route.publicPage()) {
                            break;
                        }
                        if (route.api() ? status != 401 : status != 302) {
                            failures.add(where + " (anonymous: expected " + (route.api() ? 401 : 302) + ")");
                        }
                    }
                    case NON_MEMBER -> {
                        if (route.workspaceScoped()) {
                            int missing = perform(route, caller, MISSING).getResponse().getStatus();
                            requests++;
                            if (status != 404 || missing != 404) {
                                failures.add(where + " (non-member: expected 404 like a missing workspace, which gave "
                                        + missing + ")");
                            }
                        }
                    }
                    case VIEWER -> {
                        if (route.workspaceScoped() && route.unsafe() && status != 403) {
                            failures.add(where + " (viewer: expected 403 on an unsafe method)");
                        }
                        if (route.workspaceScoped() && !route.unsafe() && !route.deletion() && !route.adminOnly()
                                && !route.caseHandlersOnly() && (status == 401 || status == 403)) {
                            failures.add(where + " (viewer: expected to read)");
                        }
                        if (route.adminOnly() && status != 403) {
                            failures.add(where + " (viewer: expected 403 on an administrators' page)");
                        }
                    }
                    case ANALYST, ADMIN -> {
                        if (route.workspaceScoped() && !route.unsafe() && !route.deletion() && !route.caseHandlersOnly()
                                && !(route.adminOnly() && caller == Caller.ANALYST) && (status == 401 || status == 403)) {
                            failures.add(where + " (member: expected to read)");
                        }
                        if (caller == Caller.ADMIN && !route.caseHandlersOnly() && (status == 401 || status == 403)) {
                            failures.add(where + " (administrator: expected access)");
                        }
                    }
                }
                if (route.caseHandlersOnly() && (caller == Caller.ADMIN || caller == Caller.ANALYST
                        || caller == Caller.VIEWER) && status != 403) {
                    failures.add(where + " (grievances: only designated case handlers, expected 403)");
                }
                if (route.publicPage() && route.pattern().startsWith("/grievance/") && status != 404) {
                    failures.add(where + " (grievance intake: an unknown key is 404 for everyone)");
                }
                if (route.publicPage() && route.pattern().startsWith("/supplier/") && status != 404) {
                    failures.add(where + " (supplier portal: an unknown token is 404 for everyone)");
                }
                if (route.pattern().startsWith("/admin/") && (caller == Caller.ANALYST || caller == Caller.VIEWER
                        || caller == Caller.NON_MEMBER) && status != 403) {
                    failures.add(where + " (administration: expected 403)");
                }
            }
        }
        assertThat(requests).isGreaterThan(300);
        assertThat(failures).isEmpty();
    }

    private void assertOpenApiMatchesTheHandlers(List<Route> routes) throws Exception {
        String json = mvc.perform(get("/v3/api-docs").with(user(admin()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode paths = JsonMapper.builder().build().readTree(json).get("paths");
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            path.getValue().properties().forEach(op -> documented.add(op.getKey().toUpperCase() + " " + path.getKey()));
        }
        Set<String> handled = new TreeSet<>();
        routes.stream().filter(Route::api).forEach(r -> handled.add(r.method() + " " + r.pattern()));
        assertThat(documented).as("every API route is in the OpenAPI document and the reverse").isEqualTo(handled);
        assertThat(documented).hasSizeGreaterThan(15);
        // the roadmap's actions, comments and evidence files, the dashboard pin and the concurrency answers
        // are in the matrix like every other route
        assertThat(documented).contains("GET /api/workspaces/{id}/roadmap", "POST /api/workspaces/{id}/roadmap",
                "GET /api/workspaces/{id}/roadmap/{actionId}", "PATCH /api/workspaces/{id}/roadmap/{actionId}",
                "DELETE /api/workspaces/{id}/roadmap/{actionId}", "GET /api/workspaces/{id}/roadmap/{actionId}/comments",
                "POST /api/workspaces/{id}/roadmap/{actionId}/comments",
                "GET /api/workspaces/{id}/roadmap/{actionId}/evidence",
                "POST /api/workspaces/{id}/roadmap/{actionId}/evidence",
                "GET /api/workspaces/{id}/roadmap/{actionId}/evidence/{evidenceId}",
                "DELETE /api/workspaces/{id}/roadmap/{actionId}/evidence/{evidenceId}",
                "GET /api/workspaces/{id}/assessments/shown", "PUT /api/workspaces/{id}/assessments/{assessmentId}/pin",
                "DELETE /api/workspaces/{id}/assessments/pin", "GET /api/workspaces/{id}/grievances",
                "GET /api/workspaces/{id}/due-diligence/steps", "GET /api/workspaces/{id}/due-diligence/steps/summary",
                "GET /api/workspaces/{id}/due-diligence/steps/history",
                "GET /api/workspaces/{id}/due-diligence/steps/{scope}/{code}",
                "PUT /api/workspaces/{id}/due-diligence/steps/{scope}/{code}",
                "POST /api/workspaces/{id}/due-diligence/steps/{scope}/{code}/evidence",
                "POST /api/workspaces/{id}/due-diligence/steps/{scope}/{code}/links",
                "GET /api/workspaces/{id}/due-diligence/steps/{scope}/{code}/evidence/{evidenceId}",
                "DELETE /api/workspaces/{id}/due-diligence/steps/{scope}/{code}/evidence/{evidenceId}",
                "GET /api/workspaces/{id}/reports/{kind}");
    }

    private UserDetails admin() {
        return users.loadUserByUsername(VigieIntegrationTest.ADMIN_USERNAME);
    }

    private MvcResult perform(Route route, Caller caller, long workspace) throws Exception {
        String path = path(route.pattern(), workspace);
        AbstractMockHttpServletRequestBuilder<?> builder = body(route, path);
        switch (caller) {
            case ADMIN -> builder.with(user(admin()));
            case ANALYST -> builder.with(user(users.loadUserByUsername(analyst)));
            case VIEWER -> builder.with(user(users.loadUserByUsername(viewer)));
            case NON_MEMBER -> builder.with(user(users.loadUserByUsername(outsider)));
            case ANONYMOUS -> { }
        }
        if (route.unsafe()) {
            builder.with(csrf());
        }
        return mvc.perform(builder).andReturn();
    }

    /** A well-formed value of a request parameter's type, so that requests reach the access checks. */
    private static String value(Class<?> type) {
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[type.getEnumConstants().length - 1]).name();
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "1";
        }
        if (type == java.time.LocalDate.class) {
            return "2026-01-01";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        return "x";
    }

    private static String path(String pattern, long workspace) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, switch (name) {
                case "id" -> pattern.contains("workspaces") ? Long.toString(workspace) : "cobalt";
                case "iso" -> "CD";
                case "version" -> "1";
                default -> "999999";
            });
        }
        m.appendTail(out);
        return out.toString();
    }

    private static AbstractMockHttpServletRequestBuilder<?> body(Route route, String path) {
        List<String> fileParts = new ArrayList<>();
        Map<String, String> params = new java.util.LinkedHashMap<>();
        boolean requestBody = false;
        for (Parameter p : route.handler().getMethod().getParameters()) {
            RequestParam requestParam = p.getAnnotation(RequestParam.class);
            boolean required = requestParam != null && requestParam.required()
                    && org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE.equals(requestParam.defaultValue());
            if (requestParam != null && !required) {
                continue; // optional parameters are left out
            }
            if (requestParam != null && !Map.class.isAssignableFrom(p.getType())
                    && !MultipartFile.class.isAssignableFrom(p.getType()) && !List.class.isAssignableFrom(p.getType())) {
                String name = !requestParam.value().isEmpty() ? requestParam.value()
                        : !requestParam.name().isEmpty() ? requestParam.name() : p.getName();
                params.put(name, value(p.getType()));
            }
            boolean file = MultipartFile.class.isAssignableFrom(p.getType())
                    || (List.class.isAssignableFrom(p.getType()) && p.getParameterizedType().getTypeName().contains("MultipartFile"));
            if (file) {
                RequestParam param = p.getAnnotation(RequestParam.class);
                fileParts.add(param != null && !param.value().isEmpty() ? param.value() : p.getName());
            }
            requestBody |= p.isAnnotationPresent(RequestBody.class);
        }
        if (!fileParts.isEmpty() && route.unsafe()) {
            MockMultipartHttpServletRequestBuilder multipart = multipart(HttpMethod.valueOf(route.method()), path);
            for (String part : fileParts) {
                multipart.file(new MockMultipartFile(part, "ledger.csv", "text/csv",
                        WorkspaceFixtures.LEDGER.getBytes(StandardCharsets.UTF_8)));
            }
            params.forEach(multipart::param);
            return multipart;
        }
        MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(route.method()), path);
        Set<MediaType> consumes = route.info().getConsumesCondition().getConsumableMediaTypes();
        if (route.unsafe() && (requestBody || !consumes.isEmpty() || route.pattern().endsWith("/profile"))) {
            MediaType type = consumes.isEmpty() ? MediaType.APPLICATION_JSON : consumes.iterator().next();
            builder.contentType(type).content(type.getSubtype().contains("json") ? "{\"name\":\"x\"}" : "name: x\n");
        }
        params.forEach(builder::param);
        route.info().getParamsCondition().getExpressions().forEach(e -> {
            if (!e.isNegated()) {
                builder.param(e.getName(), e.getValue() == null ? "1" : e.getValue());
            }
        });
        return builder;
    }
}
