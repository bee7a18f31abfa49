package fr.vigie.app.workspace;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real server (not a mock): an upload above the upload limit is refused before its body
 * is read, with the ledger page's clear message (the API: 413 with a JSON message), and nothing is
 * imported.
 */
@VigieIntegrationTest
class UploadLimitIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern UPLOAD_ACTION = Pattern.compile("action=\"([^\"]*/ledgers)\"");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    LedgerUploads uploads;
    @Autowired
    LedgerStore store;

    @Test
    void anUploadAboveTheMultipartLimitIsRefusedWithAClearMessage() throws Exception {
        String analyst = WorkspaceFixtures.newName("big");
        long workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String login = get(http, base + "/login");
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + analyst + "&password=password-" + analyst
                        + "&_csrf=" + find(CSRF, login)))
                .build(), HttpResponse.BodyHandlers.discarding());
        String page = get(http, base + "/workspaces/" + workspace + "/ledgers?lang=en");
        String action = find(UPLOAD_ACTION, page);
        String token = find(CSRF, page);

        byte[] large = new byte[(int) uploads.maxBytes() + 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        String boundary = "vigie-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        // the form's hidden token first, as a browser sends it; the size is refused before it is read
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(large);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/workspaces/" + workspace + "/ledgers?refused=size");
        String after = get(http, URI.create(base).resolve(location) + "&lang=en");
        assertThat(after).contains("The file is too large.").contains("-byte limit");
        assertThat(store.current(workspace)).isEmpty();

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/workspaces/" + workspace
                        + "/ledgers"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.body()).contains("\"reason\":\"size\"");
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("pattern %s in the page", pattern).isTrue();
        return m.group(1);
    }
}
