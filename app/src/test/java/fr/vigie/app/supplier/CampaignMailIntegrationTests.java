package fr.vigie.app.supplier;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Campaigns end to end with a real SMTP conversation (GreenMail, in process, on a free port): one
 * e-mail per supplier in its language with a link that opens the portal; a reminder written once by
 * two schedulers running at the same moment on one database (the overdue reminder too); expired,
 * unknown and malformed tokens answer 404; a file sent through the portal makes the request received
 * with the engine's findings, which the API returns; a rejection and an acceptance are e-mailed.
 */
@VigieIntegrationTest
class CampaignMailIntegrationTests {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        // the tests run the reminders themselves
        registry.add("vigie.campaigns.reminder-cron", () -> "-");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    UserDetailsService users;
    @Autowired
    Campaigns campaigns;
    @Autowired
    JdbcClient jdbc;

    private String analyst;
    private long workspace;

    @BeforeEach
    void workspace() throws Exception {
        analyst = WorkspaceFixtures.newName("campaign-analyst");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        SMTP.purgeEmailFromAllMailboxes();
    }

    private RequestPostProcessor as() {
        return user(users.loadUserByUsername(analyst));
    }

    private long supplier(String name, String email, String language, String country) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("name", name, "country", country, "email", email,
                "language", language));
        String answer = mvc.perform(post("/api/workspaces/" + workspace + "/suppliers").with(as()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(answer).get("id").asLong();
    }

    private JsonNode campaign(LocalDate due, long... suppliers) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("template", "CMRT", "due_date", due.toString(),
                "supplier_ids", Arrays.stream(suppliers).boxed().toList(), "message", "Merci / thank you"));
        String answer = mvc.perform(post("/api/workspaces/" + workspace + "/campaigns").with(as()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(answer);
    }

    private JsonNode read(long campaignId) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/workspaces/" + workspace + "/campaigns/" + campaignId).with(as()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<MimeMessage> received(int expected) throws Exception {
        assertThat(SMTP.waitForIncomingEmail(10_000, expected)).as("%d e-mails received", expected).isTrue();
        Thread.sleep(300); // a message too many would arrive now
        return List.of(SMTP.getReceivedMessages());
    }

    private static String body(MimeMessage m) throws Exception {
        return String.valueOf(m.getContent());
    }

    private static String to(MimeMessage m) throws Exception {
        return m.getRecipients(Message.RecipientType.TO)[0].toString();
    }

    @Test
    void aCampaignSendsOneEmailPerSupplierInItsLanguageWithALinkThatOpensItsPortal() throws Exception {
        long fr = supplier("Fonderie Dupont", "achats@dupont.example", "fr", "France");
        long en = supplier("Acme Metals", "sales@acme.example", "en", "DE");
        JsonNode created = campaign(LocalDate.now().plusDays(30), fr, en);
        assertThat(created.get("requests")).hasSize(2);
        assertThat(created.get("requests").findValuesAsString("status")).containsOnly("requested");

        List<MimeMessage> mails = received(2);
        assertThat(mails).hasSize(2);
        MimeMessage french = mails.stream().filter(m -> uncheck(() -> to(m)).equals("achats@dupont.example")).findFirst()
                .orElseThrow();
        MimeMessage english = mails.stream().filter(m -> uncheck(() -> to(m)).equals("sales@acme.example")).findFirst()
                .orElseThrow();
        assertThat(french.getSubject()).contains("vous demande votre déclaration CMRT");
        assertThat(english.getSubject()).contains("asks for your CMRT declaration");
        String frenchPath = SupplierFixtures.portalPath(body(french));
        String englishPath = SupplierFixtures.portalPath(body(english));
        assertThat(frenchPath).isNotEqualTo(englishPath);

        // the links open the portal without an account, each in its supplier's language
        String page = mvc.perform(get(frenchPath)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Fonderie Dupont", "Envoyer votre déclaration", "Merci / thank you");
        page = mvc.perform(get(englishPath)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Acme Metals", "Send your declaration").doesNotContain("Fonderie Dupont");
        // the outbox, with the sending status, is for the workspace's administrators
        mvc.perform(get("/workspaces/" + workspace + "/outbox").with(as())).andExpect(status().isForbidden());
        String outbox = mvc.perform(get("/workspaces/" + workspace + "/outbox")
                        .with(user(users.loadUserByUsername(VigieIntegrationTest.ADMIN_USERNAME))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(outbox).contains("achats@dupont.example", "sales@acme.example", "sent ");
        // only the hash of a token is stored
        String token = frenchPath.substring("/supplier/".length());
        assertThat(jdbc.sql("select count(*) from supplier_request_token where token_sha256 = ?")
                .param(PortalTokens.hash(token)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from supplier_request_token where token_sha256 = ?")
                .param(token).query(Long.class).single()).isZero();
    }

    @Test
    void twoSchedulersAtOnceSendEachReminderOnceAndTheOverdueReminderOnce() throws Exception {
        long s = supplier("Reminded Ltd", "reminded@example.org", "en", "GB");
        JsonNode created = campaign(LocalDate.now().plusDays(3), s);
        long campaignId = created.get("id").asLong();
        long requestId = created.get("requests").get(0).get("id").asLong();
        received(1);
        SMTP.purgeEmailFromAllMailboxes();
        // a request sent the same day is not reminded yet
        assertThat(campaigns.remind()).isZero();
        jdbc.sql("update supplier_request set requested_at = now() - interval '2 days' where id = ?").param(requestId)
                .update();

        assertThat(concurrently(campaigns::remind)).isEqualTo(1);
        List<MimeMessage> reminders = received(1);
        assertThat(reminders).hasSize(1);
        assertThat(reminders.getFirst().getSubject()).startsWith("Reminder: CMRT declaration");
        assertThat(SupplierFixtures.portalPath(body(reminders.getFirst()))).isNotEmpty();
        assertThat(read(campaignId).get("requests").get(0).get("status").asString()).isEqualTo("reminded");
        assertThat(campaigns.remind()).isZero();

        // past the due date: one overdue reminder, whatever the number of schedulers
        SMTP.purgeEmailFromAllMailboxes();
        jdbc.sql("update supplier_campaign set due_date = current_date - 1 where id = ?").param(campaignId).update();
        assertThat(concurrently(campaigns::remind)).isEqualTo(1);
        List<MimeMessage> overdue = received(1);
        assertThat(overdue).hasSize(1);
        assertThat(overdue.getFirst().getSubject()).startsWith("Overdue: CMRT declaration");
        assertThat(read(campaignId).get("requests").get(0).get("status").asString()).isEqualTo("overdue");
        assertThat(concurrently(campaigns::remind)).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?").param("reminded@example.org")
                .query(Long.class).single()).isEqualTo(3);
    }

    /** Runs the task on two threads released at the same moment; the sum of their results. */
    private static int concurrently(Callable<Integer> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            int sum = 0;
            for (Future<Integer> f : runs) {
                sum += f.get();
            }
            return sum;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExpiredUnknownOrMalformedTokenAnswers404AndATokenOpensNothingElse() throws Exception {
        long s = supplier("Expired SA", "expired@example.org", "fr", "BE");
        JsonNode created = campaign(LocalDate.now().plusDays(10), s);
        String path = SupplierFixtures.portalPath(body(received(1).getFirst()));
        mvc.perform(get(path)).andExpect(status().isOk());

        // a well-formed token nobody was given, a malformed one
        mvc.perform(get("/supplier/" + "A".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/supplier/not-a-token")).andExpect(status().isNotFound());
        mvc.perform(multipart("/supplier/" + "B".repeat(43)).file(new MockMultipartFile("file", "a.xlsx",
                "application/octet-stream", SupplierFixtures.cmrt(1, false))).with(csrf())).andExpect(status().isNotFound());
        // the token is no credential for the workspace's pages or API
        mvc.perform(get("/workspaces/" + workspace + "/campaigns")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/workspaces/" + workspace + "/campaigns/" + created.get("id").asLong()))
                .andExpect(status().isUnauthorized());
        // a form without the CSRF token is refused
        mvc.perform(multipart(path).file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream",
                SupplierFixtures.cmrt(1, false)))).andExpect(status().isForbidden());

        // the due date plus the 30-day grace period passed: the link opens nothing any more
        jdbc.sql("update supplier_campaign set due_date = current_date - 31 where id = ?")
                .param(created.get("id").asLong()).update();
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(multipart(path).file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream",
                SupplierFixtures.cmrt(1, false))).with(csrf())).andExpect(status().isNotFound());
        // on the last day of the grace period it still opens
        jdbc.sql("update supplier_campaign set due_date = current_date - 30 where id = ?")
                .param(created.get("id").asLong()).update();
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void aFileSentThroughThePortalMakesTheRequestReceivedWithItsFindingsThenRejectedThenAccepted() throws Exception {
        long s = supplier("Portal GmbH", "portal@example.org", "en", "Allemagne");
        JsonNode created = campaign(LocalDate.now().plusDays(20), s);
        long campaignId = created.get("id").asLong();
        long requestId = created.get("requests").get(0).get("id").asLong();
        String path = SupplierFixtures.portalPath(body(received(1).getFirst()));
        SMTP.purgeEmailFromAllMailboxes();

        String page = mvc.perform(multipart(path).file(new MockMultipartFile("file", "cmrt-portal.xlsx",
                        "application/octet-stream", SupplierFixtures.cmrt(7, true))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Your file was received and checked", "cmrt-portal.xlsx");

        JsonNode request = read(campaignId).get("requests").get(0);
        assertThat(request.get("supplier_id").asLong()).isEqualTo(s);
        assertThat(request.get("status").asString()).isEqualTo("received");
        assertThat(request.get("findings")).isNotEmpty();
        assertThat(request.get("findings").get(0).get("message").asString()).isNotBlank();
        assertThat(request.get("answers").get(0).get("template").asString()).isEqualTo("CMRT");
        long storedFindings = jdbc.sql("select jsonb_array_length(findings) from supplier_answer where request_id = ?")
                .param(requestId).query(Long.class).single();
        assertThat(request.get("findings")).hasSize((int) storedFindings);
        // the board shows it
        assertThat(mvc.perform(get("/workspaces/" + workspace + "/campaigns/" + campaignId).with(as()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("cmrt-portal.xlsx", "Received");

        // rejected with a comment: e-mailed with a new link
        mvc.perform(post("/workspaces/" + workspace + "/campaigns/" + campaignId + "/requests/" + requestId + "/decision")
                        .param("decision", "reject").param("comment", "Smelter list incomplete").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        MimeMessage rejection = received(1).getFirst();
        assertThat(body(rejection)).contains("Smelter list incomplete");
        String again = SupplierFixtures.portalPath(body(rejection));
        assertThat(read(campaignId).get("requests").get(0).get("status").asString()).isEqualTo("rejected");

        // a corrected file, then accepted: the file joins the workspace's declarations
        SMTP.purgeEmailFromAllMailboxes();
        mvc.perform(multipart(again).file(new MockMultipartFile("file", "cmrt-corrected.xlsx", "application/octet-stream",
                SupplierFixtures.cmrt(8, false))).with(csrf())).andExpect(status().isOk());
        assertThat(read(campaignId).get("requests").get(0).get("status").asString()).isEqualTo("received");
        assertThat(read(campaignId).get("requests").get(0).get("answers")).hasSize(2);
        mvc.perform(post("/workspaces/" + workspace + "/campaigns/" + campaignId + "/requests/" + requestId + "/decision")
                        .param("decision", "accept").param("comment", "Thank you").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(received(1).getFirst().getSubject()).contains("is accepted");
        assertThat(read(campaignId).get("requests").get(0).get("status").asString()).isEqualTo("accepted");
        assertThat(jdbc.sql("select file_name from supplier_declaration where workspace_id = ?").param(workspace)
                .query(String.class).list()).containsExactly("cmrt-corrected.xlsx");
        // an accepted request takes no more files
        mvc.perform(get(again)).andExpect(status().isOk());
        mvc.perform(multipart(again).file(new MockMultipartFile("file", "late.xlsx", "application/octet-stream",
                SupplierFixtures.cmrt(9, false))).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theApiRefusesBadInputWithProblemDetails() throws Exception {
        String answer = mvc.perform(post("/api/workspaces/" + workspace + "/suppliers").with(as()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"country\":\"Atlantis\",\"email\":\"nope\",\"language\":\"de\"}"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode problem = JSON.readTree(answer);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-input");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("name", "country", "email", "language");
        String campaign = mvc.perform(post("/api/workspaces/" + workspace + "/campaigns").with(as()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"template\":\"XYZ\",\"supplier_ids\":[999999],\"due_date\":\"2001-01-01\"}"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JSON.readTree(campaign).get("errors").findValuesAsString("field"))
                .containsExactly("template", "due_date", "supplier_ids");
        mvc.perform(get("/api/workspaces/" + workspace + "/campaigns/999999").with(as()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSupplierPagesAddChangeAndRemoveASupplierAndShowTheLedgerLinesItSupplies() throws Exception {
        // a ledger whose supplier column names the supplier on two cobalt lines and one tin line (case aside):
        // cobalt 100 + 20 = 120 kg, tin 50 kg; a third supplier's line is not counted
        String csv = """
                item,material,mass_kg,supplier
                pack A,cobalt,100,Metaux Durand
                pack B,cobalt,20,METAUX DURAND
                solder,tin,50,Metaux Durand
                cable,copper,20,Other Co
                """;
        mvc.perform(multipart("/workspaces/" + workspace + "/ledgers").file(new MockMultipartFile("file", "ledger.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // refused: each field named
        mvc.perform(post("/workspaces/" + workspace + "/suppliers").param("name", "").param("country", "Atlantis")
                        .param("email", "x").param("language", "fr").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("errors"));
        mvc.perform(post("/workspaces/" + workspace + "/suppliers").param("name", "Metaux Durand").param("country", "France")
                        .param("email", "contact@durand.example").param("language", "fr").param("templates", "CMRT", "EMRT")
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from supplier where workspace_id = ? and name = 'Metaux Durand'").param(workspace)
                .query(Long.class).single();
        assertThat(jdbc.sql("select country || ' ' || templates from supplier where id = ?").param(id).query(String.class)
                .single()).isEqualTo("FR CMRT,EMRT");
        String page = mvc.perform(get("/workspaces/" + workspace + "/suppliers/" + id).with(as()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("3 lines of the current ledger (ledger.csv) name this supplier", "120.0", "50.0")
                .doesNotContain("copper");
        // changed: the country by its English name
        mvc.perform(post("/workspaces/" + workspace + "/suppliers/" + id).param("name", "Metaux Durand")
                        .param("country", "Belgium").param("email", "contact@durand.example").param("language", "en")
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select country || ' ' || language from supplier where id = ?").param(id).query(String.class)
                .single()).isEqualTo("BE en");
        // removed after the confirmation page
        assertThat(mvc.perform(get("/workspaces/" + workspace + "/suppliers/" + id + "/delete").with(as()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Remove Metaux Durand?");
        mvc.perform(post("/workspaces/" + workspace + "/suppliers/" + id + "/delete").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/workspaces/" + workspace + "/suppliers/" + id).with(as())).andExpect(status().isNotFound());
    }

    @Test
    void aPortalUploadAboveTheRequestLimitComesBackToThePortalWithAMessage() throws Exception {
        long s = supplier("Heavy Files Inc", "heavy@example.org", "en", "US");
        campaign(LocalDate.now().plusDays(10), s);
        String path = SupplierFixtures.portalPath(body(received(1).getFirst()));
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).build();
        String base = "http://localhost:" + port;
        String page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher action = java.util.regex.Pattern.compile("action=\"([^\"]+)\"").matcher(page);
        assertThat(action.find()).isTrue();
        byte[] large = new byte[21 * 1024 * 1024];
        String boundary = "vigie-boundary";
        java.io.ByteArrayOutputStream upload = new java.io.ByteArrayOutputStream();
        upload.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        upload.write(large);
        upload.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        java.net.http.HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(upload.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith(path + "?refused=size");
        String after = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base).resolve(location)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(after).contains("larger than the upload limit");
        assertThat(jdbc.sql("select count(*) from supplier_answer a join supplier_request r on r.id = a.request_id"
                + " where r.supplier_id = ?").param(s).query(Long.class).single()).isZero();
    }

    private interface Throwing<T> {
        T get() throws Exception;
    }

    private static <T> T uncheck(Throwing<T> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
