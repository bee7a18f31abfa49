package fr.vigie.app.grievance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import javax.sql.DataSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The grievance mechanism end to end through HTTP: the public page without an account in both languages
 * and its headers, a report and its receipt code, the follow-up with a message exchange, the workflow,
 * the case handler designation (an ADMIN who is not a handler sees no case), rate limiting, the honeypot,
 * and that an anonymous report stores no address or identity (the row and the log file are read).
 */
@VigieIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class GrievanceIntegrationTests {

    private static final Pattern RECEIPT = Pattern.compile("id=\"receipt-code\"[^>]*>([0-9A-Z-]{39})<");
    /** Each test posts from its own documentation address (RFC 5737), so that rate limits do not mix. */
    private static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        return "203.0.113." + ADDRESS.incrementAndGet();
    }

    private String submit(String key, String address, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder post = post("/grievance/" + key).with(csrf()).with(from(address));
        fields.forEach(post::param);
        MvcResult result = mvc.perform(post).andExpect(status().isCreated()).andReturn();
        Matcher m = RECEIPT.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(m.find()).as("the answer shows the receipt code").isTrue();
        return m.group(1);
    }

    @Test
    void thePublicPageOpensWithoutAccountInBothLanguagesWithAStrictPolicy() throws Exception {
        long ws = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, WorkspaceFixtures.newName("gv-page"),
                Role.ANALYST, WorkspaceRole.ADMIN);
        String key = workspaces.grievanceKey(ws);
        assertThat(key).matches("[0-9a-f]{32}").doesNotContain(Long.toString(ws) + "-");
        String english = mvc.perform(get("/grievance/" + key).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", GrievanceIntakeController.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Raise a concern with", "Child or forced labour", "name=\"website\"")
                .doesNotContain("<script", "http://", "https://");
        String french = mvc.perform(get("/grievance/" + key).param("lang", "fr")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(french).contains("Signaler une situation à", "Travail des enfants ou travail forcé");
        // an unknown or malformed key is a missing page, and the numeric id opens nothing
        mvc.perform(get("/grievance/" + "0".repeat(32))).andExpect(status().isNotFound());
        mvc.perform(get("/grievance/" + ws)).andExpect(status().isNotFound());
    }

    @Test
    void anAnonymousReportStoresNoAddressNorIdentityAndIsFollowedWithItsReceipt(CapturedOutput output) throws Exception {
        String handler = WorkspaceFixtures.newName("gv-handler");
        long ws = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, handler, Role.ANALYST, WorkspaceRole.ANALYST);
        assertThat(workspaces.setCaseHandler(ws, handler, true)).isTrue();
        String key = workspaces.grievanceKey(ws);
        String address = "203.0.113.201";
        String receipt = submit(key, address, Map.of("category", "child_forced_labour", "description",
                "Children carry sacks at the washing site.", "country", "CD", "mineral", "cobalt",
                "anonymous", "true", "contact", "reporter@example.org", "site", "Kolwezi washing site"));

        // the stored row: no address, no contact, no receipt code, only its hash
        Map<String, Object> row = jdbc.sql("select * from grievance_case where workspace_id = ?").param(ws)
                .query().singleRow();
        assertThat(row.get("anonymous")).isEqualTo(true);
        assertThat(row.get("contact")).isNull();
        assertThat(row.get("receipt_hash").toString()).hasSize(64);
        assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v))
                .doesNotContain(address, "reporter@example.org", receipt, receipt.replace("-", "")));
        assertThat(row.keySet()).noneMatch(c -> c.equals("ip") || c.contains("addr") || c.contains("user")
                || c.contains("agent"));
        // the log the application writes (console and its log file) holds neither the address nor the contact
        assertThat(output.getAll()).contains("grievance case " + row.get("id") + " received")
                .doesNotContain(address, "reporter@example.org", receipt);
        ch.qos.logback.classic.LoggerContext logging =
                (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        for (ch.qos.logback.classic.Logger logger : logging.getLoggerList()) {
            for (var appenders = logger.iteratorForAppenders(); appenders.hasNext(); ) {
                if (appenders.next() instanceof ch.qos.logback.core.FileAppender<?> file && file.getFile() != null) {
                    assertThat(Files.readString(Path.of(file.getFile()), StandardCharsets.UTF_8))
                            .doesNotContain(address, "reporter@example.org", receipt);
                }
            }
        }

        // the reporter follows the case with the receipt posted in the body, and writes
        String followed = mvc.perform(post("/grievance/" + key + "/follow").with(csrf()).with(from(address))
                        .param("receipt", receipt.toLowerCase()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(followed).contains("id=\"case-status\"", ">Received<", "No message yet.");
        mvc.perform(post("/grievance/" + key + "/follow/message").with(csrf()).with(from(address))
                .param("receipt", receipt).param("message", "I can send photos.")).andExpect(status().isOk());
        // a wrong code opens nothing
        mvc.perform(post("/grievance/" + key + "/follow").with(csrf()).with(from(address))
                .param("receipt", ReceiptCodes.generate())).andExpect(status().isNotFound());

        // the handler lists the case (API and page), reads the message, answers and moves the case
        long caseId = ((Number) row.get("id")).longValue();
        var handlerUser = user(users.loadUserByUsername(handler));
        mvc.perform(get("/api/workspaces/" + ws + "/grievances").with(handlerUser))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(caseId))
                .andExpect(jsonPath("$[0].category").value("child_forced_labour"))
                .andExpect(jsonPath("$[0].status").value("received"));
        String page = mvc.perform(get("/workspaces/" + ws + "/grievances/" + caseId).with(handlerUser)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Children carry sacks", "I can send photos.", "Kolwezi washing site");
        mvc.perform(post("/workspaces/" + ws + "/grievances/" + caseId + "/messages").with(handlerUser).with(csrf())
                .param("message", "Thank you, please send them here.")).andExpect(status().is3xxRedirection());
        // not allowed: straight to remediation; allowed: acknowledge, assess, remediate, close with an outcome
        move(ws, caseId, handler, "remediation", null);
        assertThat(caseStatus(caseId)).isEqualTo("RECEIVED");
        move(ws, caseId, handler, "acknowledged", null);
        move(ws, caseId, handler, "under_assessment", null);
        move(ws, caseId, handler, "remediation", null);
        move(ws, caseId, handler, "closed", "");
        assertThat(caseStatus(caseId)).isEqualTo("REMEDIATION");
        move(ws, caseId, handler, "closed", "Supplier suspended; children enrolled in school programme.");
        assertThat(caseStatus(caseId)).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select acknowledged_at is not null and closed_at is not null from grievance_case where id = ?")
                .param(caseId).query(Boolean.class).single()).isTrue();

        // the reporter reads the answer and the outcome, not the handler's name
        String after = mvc.perform(post("/grievance/" + key + "/follow").with(csrf()).with(from(address))
                        .param("receipt", receipt).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("Thank you, please send them here.", "Supplier suspended", ">Closed<")
                .doesNotContain(handler);

        // every view and change is in the audit trail
        assertThat(jdbc.sql("select action from grievance_audit where case_id = ? order by id").param(caseId)
                .query(String.class).list())
                .contains("case-viewed", "message-sent", "status-changed")
                .filteredOn("status-changed"::equals).hasSize(4);
        assertThat(jdbc.sql("select count(*) from grievance_audit where workspace_id = ? and action = 'list-viewed'"
                + " and username = ?").params(ws, handler).query(Integer.class).single()).isEqualTo(1);
    }

    /**
     * The case list's kept sections follow the data at once: a new case, a status change and each view
     * (its own audit line first) show on the next page, and the two languages never mix.
     */
    @Test
    void theCaseListShowsANewCaseAStatusChangeAndEachViewAtOnceInEachLanguage() throws Exception {
        String handler = WorkspaceFixtures.newName("gv-list");
        long ws = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, handler, Role.ANALYST, WorkspaceRole.ANALYST);
        assertThat(workspaces.setCaseHandler(ws, handler, true)).isTrue();
        String empty = casesPage(ws, handler, "en");
        assertThat(empty).contains("id=\"cases-none\"", "No case yet.").doesNotContain("id=\"cases\"");
        assertThat(auditLines(empty)).containsExactly("Case list viewed");

        submit(workspaces.grievanceKey(ws), newAddress(), Map.of("category", "environment", "description",
                "Tailings in the river below the mine.", "country", "PE", "mineral", "tin"));
        long caseId = jdbc.sql("select id from grievance_case where workspace_id = ?").param(ws).query(Long.class).single();
        String listed = casesPage(ws, handler, "en");
        assertThat(listed).contains("id=\"case-" + caseId + "\" href=\"/workspaces/" + ws + "/grievances/" + caseId + "\"",
                ">Received</span>", "Received: 1").doesNotContain("No case yet.");
        assertThat(auditLines(listed)).containsExactly("Case list viewed", "Case list viewed");

        move(ws, caseId, handler, "acknowledged", null);
        String moved = casesPage(ws, handler, "en");
        assertThat(moved).contains(">Acknowledged</span>", "Acknowledged: 1").doesNotContain(">Received</span>");
        assertThat(auditLines(moved)).containsExactly("Case list viewed", "Status changed #" + caseId + " received -&gt; acknowledged",
                "Case list viewed", "Case list viewed");

        // French, then English again: each language its own kept sections
        String french = casesPage(ws, handler, "fr");
        assertThat(french).contains(">Réception accusée</span>", "Réception accusée: 1")
                .doesNotContain(">Acknowledged</span>", "Case list viewed");
        assertThat(auditLines(french)).hasSize(5).first().isEqualTo("Liste des dossiers consultée");
        String english = casesPage(ws, handler, "en");
        assertThat(english).contains(">Acknowledged</span>").doesNotContain("Réception accusée", "Liste des dossiers");
        assertThat(auditLines(english)).hasSize(6).allSatisfy(line -> assertThat(line).doesNotContain("consultée"));
    }

    /**
     * The case list shows the newest {@value Grievances#AUDIT_LINES} audit lines and links to the whole
     * trail; the trail's pages ({@value Grievances#TRAIL_PAGE_LINES} lines each, newest first) go back to
     * the first line without skipping or repeating one, each view audited; reported countries and
     * minerals show by their names in the page's language, other text as written.
     */
    @Test
    void theCaseListShowsTheNewestAuditLinesAndTheTrailPagesGoBackToTheFirstLine() throws Exception {
        String handler = WorkspaceFixtures.newName("gv-trail");
        long ws = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, handler, Role.ANALYST, WorkspaceRole.ANALYST);
        assertThat(workspaces.setCaseHandler(ws, handler, true)).isTrue();
        submit(workspaces.grievanceKey(ws), newAddress(), Map.of("category", "environment", "description",
                "Dust from the refinery.", "country", "COD", "mineral", "natural_graphite"));
        submit(workspaces.grievanceKey(ws), newAddress(), Map.of("category", "environment", "description",
                "Noise at night.", "country", "Atlantis", "mineral", "unobtainium"));
        // 230 older lines, numbered in their detail
        for (int i = 1; i <= 230; i++) {
            jdbc.sql("insert into grievance_audit (case_id, workspace_id, username, action, detail, at)"
                    + " values (null, ?, ?, 'list-viewed', ?, now())").params(ws, handler, "n" + i).update();
        }
        String list = casesPage(ws, handler, "en");
        List<String> newest = auditLines(list);
        assertThat(newest).hasSize(Grievances.AUDIT_LINES).startsWith("Case list viewed", "Case list viewed n230")
                .endsWith("Case list viewed n212");
        assertThat(list).contains("The 20 newest lines.", "id=\"audit-all\" href=\"/workspaces/" + ws + "/grievances/audit\"",
                ">Democratic Republic of the Congo<", ">Natural graphite<", ">Atlantis<", ">unobtainium<");
        String french = casesPage(ws, handler, "fr");
        assertThat(french).contains("Les 20 lignes les plus récentes.", "Tout le journal d&#39;audit", ">Graphite naturel<");

        // the first page: the view's own line, the two case list views, then n230 to n134
        String first = trailPage(ws, handler, null, "en");
        List<String> page1 = auditLines(first);
        assertThat(page1).hasSize(Grievances.TRAIL_PAGE_LINES).startsWith("Audit trail viewed", "Case list viewed",
                "Case list viewed", "Case list viewed n230").endsWith("Case list viewed n134");
        assertThat(first).doesNotContain("id=\"audit-newest\"");
        String second = trailPage(ws, handler, older(first), "en");
        assertThat(auditLines(second)).hasSize(Grievances.TRAIL_PAGE_LINES).startsWith("Case list viewed n133")
                .endsWith("Case list viewed n34");
        assertThat(second).contains("id=\"audit-newest\"");
        String third = trailPage(ws, handler, older(second), "fr");
        // n33..n1: receiving the two cases wrote no audit line
        assertThat(auditLines(third)).hasSize(33).startsWith("Liste des dossiers consultée n33")
                .endsWith("Liste des dossiers consultée n1");
        assertThat(third).doesNotContain("id=\"audit-older\"").contains("Lignes les plus récentes");
        String beyond = trailPage(ws, handler, 1L, "en");
        assertThat(beyond).contains("id=\"audit-none\"", "No line here.");
        // every view is audited: 2 lists and 4 trail pages
        assertThat(jdbc.sql("select count(*) from grievance_audit where workspace_id = ? and action = 'trail-viewed'")
                .param(ws).query(Integer.class).single()).isEqualTo(4);
    }

    /**
     * The whole trail as CSV: oldest first, every line once, the export its own last line, a detail
     * that a spreadsheet would run as a formula written as text; for case handlers only.
     */
    @Test
    void theWholeTrailDownloadsAsCsvOldestFirstWithTheExportAsItsLastLine() throws Exception {
        String handler = WorkspaceFixtures.newName("gv-csv");
        long ws = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, handler, Role.ANALYST, WorkspaceRole.ANALYST);
        assertThat(workspaces.setCaseHandler(ws, handler, true)).isTrue();
        submit(workspaces.grievanceKey(ws), newAddress(), Map.of("category", "corruption", "description", "Bribes."));
        long caseId = jdbc.sql("select id from grievance_case where workspace_id = ?").param(ws).query(Long.class).single();
        move(ws, caseId, handler, "acknowledged", null);
        jdbc.sql("insert into grievance_audit (case_id, workspace_id, username, action, detail, at)"
                + " values (?, ?, ?, 'message-sent', '=HYPERLINK(\"x\"), \"quoted\"', now())").params(caseId, ws, handler).update();
        MvcResult result = mvc.perform(get("/workspaces/" + ws + "/grievances/audit.csv")
                        .with(user(users.loadUserByUsername(handler))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"grievance-audit-" + ws + "-").endsWith(".csv\"");
        List<String> lines = result.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("id,at,username,action,case,detail");
        assertThat(lines.get(1)).matches("\\d+,20\\d\\d-\\d\\d-\\d\\dT[0-9:.]+Z," + Pattern.quote(handler)
                + ",status-changed," + caseId + ",received -> acknowledged");
        assertThat(lines.get(2)).endsWith(",message-sent," + caseId + ",\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\"");
        assertThat(lines.get(3)).endsWith("," + handler + ",trail-exported,,");
        // a member who is not a case handler gets neither the trail nor its export
        String other = WorkspaceFixtures.newName("gv-csv-other");
        accounts.create(other, "a long password for " + other, Role.ANALYST);
        assertThat(workspaces.putMember(ws, other, WorkspaceRole.ANALYST)).isTrue();
        for (String path : List.of("/audit", "/audit.csv")) {
            mvc.perform(get("/workspaces/" + ws + "/grievances" + path).with(user(users.loadUserByUsername(other))))
                    .andExpect(status().isForbidden());
        }
    }

    /**
     * A view's audit line does not wait for the disk in its own transaction only: the setting is off
     * inside the statement that writes it and back on once it is committed, on the same connection (a
     * pooled connection goes back to other requests, whose writes must wait for the disk).
     */
    @Test
    void aViewsLineSkipsTheDiskWaitForItsOwnTransactionOnly() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            JdbcClient one = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            assertThat(one.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(one.sql(Grievances.NO_DISK_WAIT + " select current_setting('synchronous_commit') from no_disk_wait")
                    .query(String.class).single()).isEqualTo("off");
            assertThat(one.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        }
    }

    private String trailPage(long ws, String handler, Long before, String language) throws Exception {
        MockHttpServletRequestBuilder get = get("/workspaces/" + ws + "/grievances/audit")
                .with(user(users.loadUserByUsername(handler))).header("Accept-Language", language);
        if (before != null) {
            get.param("before", before.toString());
        }
        return mvc.perform(get).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The {@code before} of a trail page's "older lines" link. */
    private static long older(String page) {
        Matcher m = Pattern.compile("id=\"audit-older\" href=\"[^\"]*before=(\\d+)\"").matcher(page);
        assertThat(m.find()).as("the page links to older lines").isTrue();
        return Long.parseLong(m.group(1));
    }

    private String casesPage(long ws, String handler, String language) throws Exception {
        return mvc.perform(get("/workspaces/" + ws + "/grievances").with(user(users.loadUserByUsername(handler)))
                        .header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The audit trail's lines of a case list page, newest first: each line's action and detail. */
    private static List<String> auditLines(String page) {
        String trail = page.substring(page.indexOf("id=\"audit\""));
        Matcher m = Pattern.compile("<tr>\\s*<td>[^<]*</td><td>[^<]*</td>\\s*<td>([^<]*)</td></tr>").matcher(trail);
        List<String> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(m.group(1).strip());
        }
        return lines;
    }

    private void move(long ws, long caseId, String handler, String to, String outcome) throws Exception {
        MockHttpServletRequestBuilder post = post("/workspaces/" + ws + "/grievances/" + caseId + "/status")
                .with(user(users.loadUserByUsername(handler))).with(csrf()).param("status", to);
        if (outcome != null) {
            post.param("outcome", outcome);
        }
        mvc.perform(post).andExpect(status().is3xxRedirection());
    }

    private String caseStatus(long caseId) {
        return jdbc.sql("select status from grievance_case where id = ?").param(caseId).query(String.class).single();
    }

    @Test
    void onlyDesignatedCaseHandlersSeeCasesNotEvenAdministrators() throws Exception {
        String admin = WorkspaceFixtures.newName("gv-admin");
        long ws = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, admin, Role.ANALYST, WorkspaceRole.ADMIN);
        String viewer = WorkspaceFixtures.newName("gv-viewer");
        accounts.create(viewer, "password-" + viewer, Role.VIEWER);
        workspaces.putMember(ws, viewer, WorkspaceRole.VIEWER);
        submit(workspaces.grievanceKey(ws), newAddress(), Map.of("category", "corruption", "description", "Bribes."));
        var adminUser = user(users.loadUserByUsername(admin));
        // the workspace ADMIN is not a handler: 403 (an RFC 9457 problem on the API)
        mvc.perform(get("/api/workspaces/" + ws + "/grievances").with(adminUser)).andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("application/problem+json")));
        mvc.perform(get("/workspaces/" + ws + "/grievances").with(adminUser)).andExpect(status().isForbidden());
        // the API gives the intake page's address
        mvc.perform(get("/api/workspaces/" + ws).with(adminUser)).andExpect(status().isOk())
                .andExpect(jsonPath("$.grievance_url").value("http://localhost/grievance/" + workspaces.grievanceKey(ws)));
        // the ADMIN designates the viewer on the members page; the viewer then sees the case, the ADMIN still not
        mvc.perform(post("/workspaces/" + ws + "/members/case-handler").with(adminUser).with(csrf())
                .param("username", viewer).param("handler", "true")).andExpect(status().is3xxRedirection());
        var viewerUser = user(users.loadUserByUsername(viewer));
        mvc.perform(get("/api/workspaces/" + ws + "/grievances").with(viewerUser)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/workspaces/" + ws + "/grievances").with(adminUser)).andExpect(status().isForbidden());
        // a viewer may not designate handlers; the ADMIN withdraws the designation
        mvc.perform(post("/workspaces/" + ws + "/members/case-handler").with(viewerUser).with(csrf())
                .param("username", admin).param("handler", "true")).andExpect(status().isForbidden());
        mvc.perform(post("/workspaces/" + ws + "/members/case-handler").with(adminUser).with(csrf())
                .param("username", viewer).param("handler", "false")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/workspaces/" + ws + "/grievances").with(viewerUser)).andExpect(status().isForbidden());
        // a non-member gets the answer of a missing workspace
        String outsider = WorkspaceFixtures.newName("gv-out");
        accounts.create(outsider, "password-" + outsider, Role.ANALYST);
        mvc.perform(get("/api/workspaces/" + ws + "/grievances").with(user(users.loadUserByUsername(outsider))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aClientIsRateLimitedTheHoneypotRefusesAndBadInputNamesItsField() throws Exception {
        long ws = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, WorkspaceFixtures.newName("gv-rate"),
                Role.ANALYST, WorkspaceRole.ADMIN);
        String key = workspaces.grievanceKey(ws);
        String address = newAddress();
        // the honeypot: refused, nothing stored (it spends a token like any post)
        mvc.perform(post("/grievance/" + key).with(csrf()).with(from(address)).param("category", "other")
                .param("description", "spam").param("website", "http://spam.example")).andExpect(status().isUnprocessableContent());
        // a missing category and an unsupported attachment: 422 naming both
        String refused = mvc.perform(multipart("/grievance/" + key)
                        .file(new MockMultipartFile("attachments", "run.exe", "application/octet-stream", new byte[] {0, 1, 2}))
                        .with(csrf()).with(from(address)).param("description", "x").header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Choose what happened from the list.", "run.exe is not a PDF");
        assertThat(jdbc.sql("select count(*) from grievance_case where workspace_id = ?").param(ws)
                .query(Integer.class).single()).isZero();
        // a PDF attachment is kept and served only as a download
        submit(key, address, Map.of("category", "environment", "description", "Tailings spill."));
        String handler = WorkspaceFixtures.newName("gv-rh");
        accounts.create(handler, "password-" + handler, Role.VIEWER);
        workspaces.putMember(ws, handler, WorkspaceRole.VIEWER);
        workspaces.setCaseHandler(ws, handler, true);
        MvcResult withFile = mvc.perform(multipart("/grievance/" + key)
                        .file(new MockMultipartFile("attachments", "photo.pdf", "text/html",
                                "%PDF-1.4\n<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)))
                        .with(csrf()).with(from(address)).param("category", "environment").param("description", "See file."))
                .andExpect(status().isCreated()).andReturn();
        assertThat(withFile.getResponse().getContentAsString()).contains("receipt-code");
        long attachment = jdbc.sql("select a.id from grievance_attachment a join grievance_case c on c.id = a.case_id"
                + " where c.workspace_id = ?").param(ws).query(Long.class).single();
        long caseId = jdbc.sql("select case_id from grievance_attachment where id = ?").param(attachment)
                .query(Long.class).single();
        mvc.perform(get("/workspaces/" + ws + "/grievances/" + caseId + "/attachments/" + attachment)
                        .with(user(users.loadUserByUsername(handler))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
        // 5 posts per client in a burst (4 spent above): the fifth passes, the sixth is 429 with Retry-After
        submit(key, address, Map.of("category", "other", "description", "Fifth."));
        mvc.perform(post("/grievance/" + key).with(csrf()).with(from(address)).param("category", "other")
                        .param("description", "Sixth."))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "600"));
        // another client is not affected
        submit(key, newAddress(), Map.of("category", "other", "description", "Another client."));
        assertThat(jdbc.sql("select count(*) from grievance_case where workspace_id = ?").param(ws)
                .query(Integer.class).single()).isEqualTo(4);
    }
}
