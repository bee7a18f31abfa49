package fr.vigie.app.roadmap;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer that serves an evidence file, the same for the pages and the API: always a download
 * ({@code Content-Disposition: attachment} with the uploaded name), the content type of the type
 * checked on upload, {@code X-Content-Type-Options: nosniff} so that no browser guesses another one,
 * and a {@code Content-Security-Policy: sandbox} so that even a file opened in a tab runs nothing in
 * the application's origin.
 */
public final class EvidenceDownloads {

    private EvidenceDownloads() {
    }

    static ResponseEntity<byte[]> of(RoadmapEvidence.Download download) {
        RoadmapEvidence.Evidence e = download.evidence();
        return attachment(e.fileName(), e.type(), download.content());
    }

    /** A checked evidence file as a download (also the due diligence steps' evidence files). */
    public static ResponseEntity<byte[]> attachment(String fileName, RoadmapEvidence.FileType type, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(type.contentType()))
                .body(content);
    }
}
