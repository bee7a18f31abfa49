package fr.vigie.app.filing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import fr.vigie.engine.filing.FilingFormat;
import fr.vigie.engine.filing.FilingKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How a report is served: as a download (attachment, RFC 6266 name), or as the page's sandboxed preview. */
final class ReportDownloads {

    /**
     * The preview's policy: it runs nothing (a sandbox without scripts, forms or same origin), loads
     * nothing but its own inline styles and embedded images and fonts, and may be framed only by this
     * server's pages ({@code frame-ancestors 'self'}, which browsers obey instead of the
     * {@code X-Frame-Options: DENY} every answer carries).
     */
    static final String PREVIEW_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private ReportDownloads() {
    }

    /**
     * The file name: the kind, the workspace's name (letters, digits, spaces and dashes kept, any
     * language), the report date and the language, e.g. {@code vigilance-plan Acme SA 2026-12-05 fr.docx}.
     */
    static String fileName(FilingKind kind, String workspace, LocalDate date, Locale locale, FilingFormat format) {
        String name = workspace.replaceAll("[^\\p{L}\\p{N} _-]+", " ").replaceAll("\\s+", " ").strip();
        if (name.length() > 60) {
            name = name.substring(0, 60).strip();
        }
        return kind.id() + (name.isEmpty() ? "" : " " + name) + " " + date + " " + locale.getLanguage() + "."
                + format.extension();
    }

    /** The report as an attachment, its name given both as ASCII and as UTF-8 ({@code filename*}). */
    static ResponseEntity<byte[]> attachment(byte[] bytes, FilingFormat format, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .body(bytes);
    }

    /** The HTML report shown inside the page's frame, with {@link #PREVIEW_POLICY}. */
    static ResponseEntity<byte[]> preview(byte[] html) {
        return ResponseEntity.ok()
                .header("Content-Security-Policy", PREVIEW_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }
}
