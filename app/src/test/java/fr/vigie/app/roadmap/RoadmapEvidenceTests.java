package fr.vigie.app.roadmap;

import java.nio.charset.StandardCharsets;

import fr.vigie.app.roadmap.RoadmapEvidence.FileType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence file types: the name and the first bytes must agree. */
class RoadmapEvidenceTests {

    @Test
    void aTypeIsAcceptedOnlyWhenNameAndContentAgree() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(FileType.byName("audit report.PDF").filter(t -> t.matches(pdf))).contains(FileType.PDF);
        assertThat(FileType.byName("page.html")).isEmpty();
        assertThat(FileType.byName("report.pdf").filter(t -> t.matches(html))).isEmpty();
        assertThat(FileType.byName("photo.jpeg").filter(t -> t.matches(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})))
                .contains(FileType.JPEG);
        assertThat(FileType.byName("notes.txt").filter(t -> t.matches("Réunion fournisseur".getBytes(StandardCharsets.UTF_8))))
                .contains(FileType.TXT);
        assertThat(FileType.byName("notes.txt").filter(t -> t.matches(new byte[] {'a', 0, 'b'}))).isEmpty();
        assertThat(FileType.byName("list.csv").filter(t -> t.matches(new byte[] {(byte) 0xe9, 't', 'e'}))).isEmpty();
        assertThat(FileType.byName("plan.docx").filter(t -> t.matches(new byte[] {'P', 'K', 3, 4, 0}))).contains(FileType.DOCX);
        assertThat(FileType.TXT.contentType()).isEqualTo("text/plain;charset=UTF-8");
    }
}
