package fr.vigie.app.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.vigie.app.methodology.Methodologies;
import fr.vigie.app.workspace.WorkspaceEngine;
import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.AssessmentJson;
import fr.vigie.engine.assessment.Assessor;
import fr.vigie.engine.assessment.DeclarationSummary;
import fr.vigie.engine.assessment.Scenario;
import fr.vigie.engine.assessment.report.HtmlReport;
import fr.vigie.engine.assessment.report.ReportModels;
import fr.vigie.engine.assessment.report.XlsxReport;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.risk.Methodology;
import org.springframework.stereotype.Component;

/**
 * The engine's assessment (the same {@code Assessor} as {@code bin/vigie assess}) with the methodology
 * currently in use (an administrator may publish a new version; stored assessments keep the one they
 * were computed with) and the default priority weights, and the engine's report writers for the exports.
 */
@Component
class AssessmentRunner {

    private final WorkspaceEngine engine;
    private final Methodologies methodologies;

    AssessmentRunner(WorkspaceEngine engine, Methodologies methodologies) {
        this.engine = engine;
        this.methodologies = methodologies;
    }

    /**
     * A run's result and provenance.
     *
     * @param json            the assessment, in the engine's JSON format
     * @param methodology     risk methodology id and version
     * @param priorityWeights priority weights id and version
     * @param engineVersion   engine version
     * @param dataVersions    reference datasets used, then the solutions catalogue's date
     */
    record Run(String json, String methodology, String priorityWeights, String engineVersion,
            List<String> dataVersions) {
    }

    /** An input file recorded in the provenance: role, name, SHA-256. */
    record Input(String role, String name, String sha256) {
    }

    Run run(CompanyProfile profile, Ledger ledger, List<Input> inputs, Optional<Scenario> scenario,
            Optional<DeclarationSummary> declarations, LocalDate date) {
        Methodology methodology = methodologies.current();
        Assessment a = Assessor.with(engine.referenceData(), methodology, engine.regulations(), engine.solutions())
                .withInputs(inputs.stream().map(i -> new Assessment.InputFile(i.role(), i.name(), i.sha256())).toList())
                .assess(profile, ledger, scenario, declarations, date);
        Assessment.Provenance p = a.provenance();
        List<String> data = new ArrayList<>(p.referenceData());
        data.add("solutions " + p.solutionsAsOf());
        return new Run(AssessmentJson.write(a), p.methodology(), p.priorityWeights(), p.engineVersion(), data);
    }

    /**
     * Reads scenario YAML with the engine's scenario reader (the same as {@code bin/vigie assess
     * --scenario}); a problem is a {@code ProblemException} naming the line.
     */
    Scenario scenario(String yaml) {
        return Scenario.read("scenario", yaml, engine.referenceData().minerals(), engine.referenceData().countries());
    }

    /** The scenario beside the baseline in a stored assessment, when it was run with one. */
    Optional<Assessment.ScenarioResult> scenarioResult(String json) {
        return AssessmentJson.read("assessment", json).scenario();
    }

    /**
     * The engine's messages in a language, naming minerals and countries from the reference data:
     * the reports' language.
     */
    Messages messages(Locale locale) {
        return Messages.of(locale, ReportModels.names(engine.referenceData()));
    }

    /** The engine's self-contained HTML report of a stored assessment, in a language. */
    String html(String json, Locale locale) {
        return HtmlReport.html(AssessmentJson.read("assessment", json), messages(locale));
    }

    /** The body of the engine's HTML report of a stored assessment, for the assessment page. */
    String reportBody(String json, Locale locale) {
        return HtmlReport.body(AssessmentJson.read("assessment", json), messages(locale));
    }

    /** The engine's HTML report of a stored assessment as the PDF renderer reads it (no charts). */
    String xhtml(String json, Locale locale) {
        return HtmlReport.xhtml(AssessmentJson.read("assessment", json), messages(locale));
    }

    /** The engine's JSON of a stored assessment (read back and written again: the CLI's format). */
    String json(String json) {
        return AssessmentJson.write(AssessmentJson.read("assessment", json));
    }

    /** The engine's XLSX workbook of a stored assessment, in a language. */
    byte[] xlsx(String json, Locale locale) {
        try {
            Path file = Files.createTempFile("vigie-assessment-", ".xlsx");
            try {
                XlsxReport.write(AssessmentJson.read("assessment", json), file, messages(locale));
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
