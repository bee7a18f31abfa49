package fr.vigie.app.workspace;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Security review findings 4 (unlimited profile API) and 10 (uploads and names): each test replays
 * the reviewer's request, through the real server where Tomcat's own handling is what failed.
 */
@VigieIntegrationTest
class UploadSecurityIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    LedgerStore store;

    private record Analyst(String name, long workspace) {
        String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((name + ":password-" + name).getBytes(StandardCharsets.UTF_8));
        }
    }

    private Analyst analyst() {
        String name = WorkspaceFixtures.newName("sec");
        return new Analyst(name, WorkspaceFixtures.workspaceWithMember(accounts, workspaces, name, Role.ANALYST,
                WorkspaceRole.ANALYST));
    }

    private static String profileOf(int bytes) {
        StringBuilder yaml = new StringBuilder("name: \"Big\"\nnotes: \"");
        while (yaml.length() < bytes) {
            yaml.append("x");
        }
        return yaml.append("\"\n").toString();
    }

    @Test
    void aProfileAbove64KiBIsRefusedWith413BeforeParsingAndNothingIsSaved() throws Exception {
        Analyst a = analyst();
        String before = workspaces.profileYaml(a.workspace());
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + port + "/api/workspaces/" + a.workspace() + "/profile");
        // 3 MB with its length declared (the review: 10.8 s, then saved)
        HttpResponse<String> declared = http.send(HttpRequest.newBuilder(uri)
                .header(HttpHeaders.AUTHORIZATION, a.basic()).header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofString(profileOf(3_000_000))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(declared.body()).contains("65536");
        // 200 KB sent chunked, without a length
        byte[] chunked = profileOf(200_000).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> streamed = http.send(HttpRequest.newBuilder(uri)
                .header(HttpHeaders.AUTHORIZATION, a.basic()).header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunked))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(workspaces.profileYaml(a.workspace())).isEqualTo(before);
        // just under the limit is read as usual (an unknown field: 422, not 413)
        HttpResponse<String> small = http.send(HttpRequest.newBuilder(uri)
                .header(HttpHeaders.AUTHORIZATION, a.basic()).header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofString("name: \"Small\"\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).isEqualTo(200);
    }

    @Test
    void aliasBombsAndDeepNestingUnder64KiBNeverExpandNorCrash() throws Exception {
        Analyst a = analyst();
        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            laughs.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        String deep = "name: \"x\"\nemployees: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        for (String body : new String[] {"name: \"x\"\n" + laughs, deep}) {
            assertThat(body.length()).isLessThan(ProfileController.MAX_PROFILE_BYTES);
            int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .put("/api/workspaces/" + a.workspace() + "/profile")
                            .header(HttpHeaders.AUTHORIZATION, a.basic()).contentType("application/yaml").content(body))
                    .andReturn().getResponse().getStatus();
            // aliases are not expanded: the text is read (unknown keys are warnings) or refused, never a 5xx
            assertThat(status).as(body.substring(0, 40)).isIn(200, 422);
            assertThat(mvc.perform(get("/api/workspaces/" + a.workspace() + "/profile")
                    .header(HttpHeaders.AUTHORIZATION, a.basic())).andReturn().getResponse().getStatus()).isEqualTo(200);
        }
    }

    @Test
    void theProfileFormRefusesMoreThan64KiBToo() throws Exception {
        Analyst a = analyst();
        String before = workspaces.profileYaml(a.workspace());
        mvc.perform(post("/workspaces/" + a.workspace() + "/profile").with(csrf())
                        .with(SecurityMockMvcRequestPostProcessors.user(a.name()).roles("ANALYST"))
                        .param("name", "Big").param("headquarters", "x".repeat(70_000)))
                .andExpect(status().isPayloadTooLarge());
        assertThat(workspaces.profileYaml(a.workspace())).isEqualTo(before);
    }

    @Test
    void aNulByteOrARightToLeftOverrideInAFileNameGives400Not500() throws Exception {
        Analyst a = analyst();
        byte[] csv = WorkspaceFixtures.LEDGER.getBytes(StandardCharsets.UTF_8);
        for (String name : new String[] {"ledger\0.csv", "invoice\u202Ecsv.exe.csv"}) {
            mvc.perform(multipart("/api/workspaces/" + a.workspace() + "/ledgers")
                            .file(new MockMultipartFile("file", name, "text/csv", csv))
                            .header(HttpHeaders.AUTHORIZATION, a.basic()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.reason").value("name"));
        }
        assertThat(store.current(a.workspace())).isEmpty();
    }

    @Test
    void aLatin1CsvIsDetectedAndImportedOnTheWeb() throws Exception {
        Analyst a = analyst();
        byte[] latin1 = ("item,material,mass_kg,origin_country\nbobine de cuivre étamé,copper,20,CL\n")
                .getBytes(Charset.forName("windows-1252"));
        mvc.perform(multipart("/api/workspaces/" + a.workspace() + "/ledgers")
                        .file(new MockMultipartFile("file", "registre.csv", "text/csv", latin1))
                        .header(HttpHeaders.AUTHORIZATION, a.basic()))
                .andExpect(status().isCreated());
        assertThat(store.current(a.workspace())).isPresent();
    }

    @Test
    void aNonLatin1FileNameKeepsItsContentDispositionOnDownload() throws Exception {
        Analyst a = analyst();
        String name = "registre-łódź-供应商.csv";
        byte[] csv = WorkspaceFixtures.LEDGER.getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/workspaces/" + a.workspace() + "/ledgers")
                        .file(new MockMultipartFile("file", name, "text/csv", csv))
                        .header(HttpHeaders.AUTHORIZATION, a.basic()))
                .andExpect(status().isCreated());
        long ledger = store.current(a.workspace()).orElseThrow().id();
        String disposition = mvc.perform(get("/workspaces/" + a.workspace() + "/ledgers/" + ledger + "/original")
                        .with(SecurityMockMvcRequestPostProcessors.user(a.name()).roles("ANALYST")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).isNotNull();
        // a header value outside Latin-1 is dropped by the server: RFC 6266 filename* carries the name
        assertThat(disposition.chars().allMatch(c -> c < 256)).as(disposition).isTrue();
        assertThat(disposition).contains("filename*=UTF-8''registre-%C5%82%C3%B3d%C5%BA-");
    }

    @Test
    void bidiControlsInWorkspaceNamesAreRemoved() {
        assertThat(Workspaces.cleanName("Acme \u202Egnp.exe")).contains("Acme gnp.exe");
        assertThat(Workspaces.cleanName("\u2067\u2069")).isEmpty();
        assertThat(Workspaces.cleanName("شركة المعادن")).contains("شركة المعادن");
    }

    @Test
    void requestsWithBothContentLengthAndTransferEncodingGet400() throws Exception {
        // the server reads the body as chunked (RFC 9112 section 6.3); a body sent by its length is unreadable
        Analyst a = analyst();
        String multipart = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.csv\"\r\n\r\n"
                + WorkspaceFixtures.LEDGER + "\r\n--b--\r\n";
        String request = "POST /api/workspaces/" + a.workspace() + "/ledgers HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: " + a.basic() + "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                + "Content-Length: " + multipart.length() + "\r\nTransfer-Encoding: chunked\r\n\r\n" + multipart;
        assertThat(rawStatus(request)).isEqualTo(400);
        assertThat(store.current(a.workspace())).isEmpty();
    }

    @Test
    void anOverLimitChunkedUploadGetsTheApplications413() throws Exception {
        Analyst a = analyst();
        HttpClient http = HttpClient.newHttpClient();
        String boundary = "vigie-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(new byte[25 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = body.toByteArray();
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/workspaces/" + a.workspace() + "/ledgers"))
                .header(HttpHeaders.AUTHORIZATION, a.basic())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(store.current(a.workspace())).isEmpty();
    }

    @Test
    void anOverLimitChunkedUploadFromThePageGetsThePagesSizeMessage() throws Exception {
        Analyst a = analyst();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String base = "http://localhost:" + port;
        String login = send(http, HttpRequest.newBuilder(URI.create(base + "/login")).build()).body();
        send(http, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + a.name() + "&password=password-" + a.name()
                        + "&_csrf=" + match("name=\"_csrf\" value=\"([^\"]+)\"", login))).build());
        String page = send(http, HttpRequest.newBuilder(URI.create(base + "/workspaces/" + a.workspace()
                + "/ledgers?lang=en")).build()).body();
        String action = match("action=\"([^\"]*/ledgers)\"", page);
        String token = match("name=\"_csrf\" value=\"([^\"]+)\"", page);
        String boundary = "vigie-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        // the form's hidden token first, as a browser sends it
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(new byte[25 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = body.toByteArray();
        HttpResponse<String> answer = send(http, HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build());
        assertThat(answer.statusCode()).as(answer.body()).isIn(302, 303);
        assertThat(answer.headers().firstValue("Location").orElseThrow())
                .endsWith("/workspaces/" + a.workspace() + "/ledgers?refused=size");
        assertThat(store.current(a.workspace())).isEmpty();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String match(String pattern, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as("pattern %s", pattern).isTrue();
        return m.group(1);
    }

    private int rawStatus(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return Integer.parseInt(line.toString().split(" ")[1]);
        }
    }
}
