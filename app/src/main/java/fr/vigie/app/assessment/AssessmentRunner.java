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
import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.Vigie;
import fr.vigie.engine.assessment.DeclarationSummary;
import fr.vigie.engine.assessment.PriorityWeights;
import fr.vigie.engine.assessment.Scenario;
import fr.vigie.engine.assessment.report.HtmlReport;
import fr.vigie.engine.assessment.report.XlsxReport;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.oecd.DueDiligenceSteps;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import org.springframework.stereotype.Component;

/**
 * The engine's assessment facade ({@link Vigie}, the same as {@code bin/vigie assess}) with
 * the methodology currently in use (an administrator may publish a new version; stored assessments keep
 * the one they were computed with) and the default priority weights, and the engine's report writers
 * for the exports. Stored assessments are read back through the facade, whatever their schema version.
 */
@Component
class AssessmentRunner {

    private final Vigie service;
    private final AssessmentTexts texts;
    private final Methodologies methodologies;

    AssessmentRunner(AssessmentTexts texts, Methodologies methodologies) {
        this.texts = texts;
        this.service = texts.service();
        this.methodologies = methodologies;
    }

    /**
     * A run's result and provenance.
     *
     * @param json            the assessment, in the engine's stored JSON form
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
            Optional<DeclarationSummary> declarations, LocalDate date, Optional<DueDiligenceSteps> steps) {
        Assessment a = service.assess(new Vigie.Request(profile, ledger, methodologies.current(),
                PriorityWeights.loadDefault(), scenario, declarations, date,
                inputs.stream().map(i -> new Assessment.InputFile(i.role(), i.name(), i.sha256())).toList(), steps));
        Assessment.Provenance p = a.provenance();
        List<String> data = new ArrayList<>(p.referenceData());
        data.add("solutions " + p.solutionsAsOf());
        return new Run(service.store(a), p.methodology(), p.priorityWeights(), p.engineVersion(), data);
    }

    /**
     * Reads scenario YAML with the engine's scenario reader (the same as {@code bin/vigie assess
     * --scenario}); a problem is a {@code ProblemException} naming the line.
     */
    Scenario scenario(String yaml) {
        return service.scenario("scenario", yaml);
    }

    /** A stored assessment, upgraded to the current schema version. */
    Assessment read(String json) {
        return service.read("assessment", json);
    }

    /**
     * The engine's messages in a language, naming the assessment's terms (minerals, countries,
     * regulations, obligations, solutions): the reports' language.
     */
    Messages messages(Locale locale) {
        return texts.messages(locale);
    }

    /** The engine's self-contained HTML report of a stored assessment, in a language. */
    String html(String json, Locale locale) {
        return HtmlReport.html(read(json), messages(locale));
    }

    /** The body of the engine's HTML report of a stored assessment, for the assessment page. */
    String reportBody(String json, Locale locale) {
        return HtmlReport.body(read(json), messages(locale));
    }

    /** The engine's HTML report of a stored assessment as the PDF renderer reads it (no charts). */
    String xhtml(String json, Locale locale) {
        return HtmlReport.xhtml(read(json), messages(locale));
    }

    /** The engine's JSON of a stored assessment in a language (the CLI's {@code --out x.json --lang}). */
    String json(String json, Locale locale) {
        return service.json(read(json), locale);
    }

    /** The engine's XLSX workbook of a stored assessment, in a language. */
    byte[] xlsx(String json, Locale locale) {
        try {
            Path file = Files.createTempFile("vigie-assessment-", ".xlsx");
            try {
                XlsxReport.write(read(json), file, messages(locale));
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
