package fr.vigie.app.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A supplier declaration file as stored in a workspace.
 *
 * @param id         database id
 * @param uploadedAt when it was uploaded
 * @param uploadedBy who uploaded it
 * @param fileName   the uploaded file's name
 * @param template   CMRT, EMRT or AMRT
 * @param version    the template revision written in the file
 * @param company    the declaring company, as written (may be empty)
 * @param findings   the engine's findings (completeness rules, red flags)
 * @param smelters   number of smelter rows kept
 */
public record StoredDeclaration(long id, Instant uploadedAt, String uploadedBy, String fileName, String template,
        String version, String company, List<DeclarationFinding> findings, int smelters) {

    /** Checks that no component is null. */
    public StoredDeclaration {
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(company, "company");
        findings = List.copyOf(findings);
    }

    /** Findings of severity error. */
    public long errors() {
        return findings.stream().filter(f -> f.severity().equals("error")).count();
    }
}
