package fr.vigie.app.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.app.workspace.LedgerStore;
import fr.vigie.app.workspace.StoredLedger;
import fr.vigie.app.workspace.WorkspaceDeleted;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceOperations;
import fr.vigie.app.workspace.WorkspaceProfiles;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.Scenario;
import fr.vigie.engine.oecd.DueDiligenceSteps;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs, stores and reads the assessments of a workspace. Callers pass a {@link WorkspaceGrant}
 * (obtained from {@code WorkspaceAccess}); reads are scoped to its workspace, so an id of another
 * workspace finds nothing.
 */
@Service
public class Assessments {

    private final AssessmentStore store;
    private final AssessmentRunner runner;
    private final LedgerStore ledgers;
    private final WorkspaceProfiles profiles;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final SupplierDeclarations declarations;
    private final WorkspaceOperations operations;
    private final ObjectProvider<DueDiligenceRecord> dueDiligence;
    /**
     * Stored assessments never change: their views are kept, keyed by assessment id (at most
     * {@value #VIEW_CACHE_SIZE}, the least used dropped first), and dropped with their workspace.
     */
    private final Cache<Long, AssessmentView> views = Caffeine.newBuilder().maximumSize(VIEW_CACHE_SIZE).build();

    static final int VIEW_CACHE_SIZE = 64;

    /** What a kept assessment result depends on: the stored assessment (and its workspace, to drop it). */
    private record ResultKey(long workspace, long assessment) {
    }

    /**
     * The typed results read from the stored JSON (reading one costs milliseconds: the home page read
     * one per workspace at every request): kept per assessment (at most {@value #RESULT_CACHE_SIZE}),
     * dropped with their workspace. A stored assessment is never changed and its id never reused, so a
     * kept result is the same on every instance.
     */
    private final Cache<ResultKey, Assessment> results = Caffeine.newBuilder().maximumSize(RESULT_CACHE_SIZE).build();

    static final int RESULT_CACHE_SIZE = 64;

    /** What a kept report body depends on: the assessment (and its workspace, to drop it) and the language. */
    private record ReportKey(long workspace, long assessment, String language) {
    }

    /**
     * The assessment page's report body (the engine's report template, about 100 kB of HTML, the
     * page's main cost) depends only on the stored assessment and the language: kept per assessment
     * and language (at most {@value #REPORT_CACHE_SIZE}), dropped with their workspace.
     */
    private final Cache<ReportKey, String> reportBodies = Caffeine.newBuilder().maximumSize(REPORT_CACHE_SIZE).build();

    static final int REPORT_CACHE_SIZE = 32;

    Assessments(AssessmentStore store, AssessmentRunner runner, LedgerStore ledgers, WorkspaceProfiles profiles,
            TransactionTemplate transactions, ApplicationEventPublisher events, SupplierDeclarations declarations,
            WorkspaceOperations operations, ObjectProvider<DueDiligenceRecord> dueDiligence) {
        this.dueDiligence = dueDiligence;
        this.declarations = declarations;
        this.operations = operations;
        this.store = store;
        this.runner = runner;
        this.ledgers = ledgers;
        this.profiles = profiles;
        this.transactions = transactions;
        this.events = events;
    }

    /** Outcome of {@link #run}. */
    public sealed interface RunOutcome {
        /** Stored. */
        record Done(StoredAssessment assessment) implements RunOutcome {
        }

        /** The workspace has no ledger yet: nothing to assess. */
        record NoLedger() implements RunOutcome {
        }

        /**
         * The scenario was refused by the engine's reader: nothing run, nothing stored.
         *
         * @param problem what the reader refused and where
         */
        record InvalidScenario(Problem problem) implements RunOutcome {
            /** The line it names, when it names one. */
            public Optional<Integer> line() {
                return Optional.ofNullable(problem.line());
            }
        }

        /**
         * The reference date is outside the accepted range: nothing run.
         *
         * @param earliest the first date accepted ({@link #EARLIEST})
         * @param latest   the last date accepted (today plus {@value #YEARS_AHEAD} years)
         */
        record InvalidDate(LocalDate earliest, LocalDate latest) implements RunOutcome {
        }

        /** Another assessment of the workspace is being run: nothing run (HTTP 409). */
        record InProgress() implements RunOutcome {
        }
    }

    /**
     * The earliest reference date accepted: the EU conflict minerals regulation (EU) 2017/821 was
     * adopted on 17 May 2017 and the reference data describe the years since; an assessment "on"
     * 1900-01-01 is a typing slip, not a question.
     */
    public static final LocalDate EARLIEST = LocalDate.of(2017, 1, 1);
    /** How far ahead a reference date may be (a projection to a text's application date). */
    public static final int YEARS_AHEAD = 5;

    /** The last reference date accepted on a day. */
    public static LocalDate latestDate(LocalDate today) {
        return today.plusYears(YEARS_AHEAD);
    }

    /** Assesses the workspace without a scenario. */
    public RunOutcome run(WorkspaceGrant grant, LocalDate date) {
        return run(grant, date, Optional.empty());
    }

    /**
     * Assesses the workspace's profile and current ledger on a date, with its supplier declarations
     * (their smelter countries replace the world refining mix) and an optional scenario (YAML, read by
     * the engine's scenario reader; blank text is no scenario), and stores the result.
     */
    public RunOutcome run(WorkspaceGrant grant, LocalDate date, Optional<String> scenarioYaml) {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
        LocalDate latest = latestDate(LocalDate.now());
        if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
            return new RunOutcome.InvalidDate(EARLIEST, latest);
        }
        return operations.runAlone(WorkspaceOperations.Kind.ASSESSMENT_RUN, grant.id(),
                () -> runAlone(grant, date, scenarioYaml)).orElseGet(RunOutcome.InProgress::new);
    }

    private RunOutcome runAlone(WorkspaceGrant grant, LocalDate date, Optional<String> scenarioYaml) {
        Optional<String> scenarioText = scenarioYaml.filter(Assessments::hasContent);
        Optional<Scenario> scenario;
        try {
            scenario = scenarioText.map(runner::scenario);
        } catch (ProblemException e) {
            return new RunOutcome.InvalidScenario(e.first());
        }
        Optional<StoredLedger> current = ledgers.current(grant.id());
        if (current.isEmpty()) {
            return new RunOutcome.NoLedger();
        }
        StoredLedger ledger = current.get();
        String yaml = profiles.yaml(grant.id());
        List<AssessmentRunner.Input> inputs = new ArrayList<>(List.of(
                new AssessmentRunner.Input("profile", "workspace-" + grant.id() + "-profile.yaml", sha256(yaml)),
                new AssessmentRunner.Input("ledger", ledger.fileName(), ledger.sha256())));
        scenarioText.ifPresent(t -> inputs.add(new AssessmentRunner.Input("scenario", "scenario.yaml", sha256(t))));
        Optional<SupplierDeclarations.Declared> declared = declarations.declared(grant.id());
        declared.ifPresent(d -> inputs.addAll(d.inputs()));
        Optional<DueDiligenceSteps> steps = Optional.ofNullable(dueDiligence.getIfAvailable())
                .flatMap(r -> r.steps(grant.id()));
        steps.ifPresent(s -> inputs.add(new AssessmentRunner.Input("oecd_steps",
                "workspace-" + grant.id() + "-oecd-steps", sha256(stepsText(s)))));
        AssessmentRunner.Run run = runner.run(profiles.profile(grant.id()), ledgers.ledger(ledger.id()), inputs,
                scenario, declared.map(SupplierDeclarations.Declared::summary), date, steps);
        Long id = transactions.execute(status -> {
            long stored = store.insert(grant.id(), ledger.id(), grant.username(), date, run, yaml, scenarioText);
            events.publishEvent(new AssessmentCompleted(grant.id(), stored, grant.username()));
            return stored;
        });
        return new RunOutcome.Done(store.find(grant.id(), id == null ? -1 : id).orElseThrow());
    }

    /** The record of the OECD steps read by a run, as one line per entry (the provenance's hash). */
    static String stepsText(DueDiligenceSteps steps) {
        StringBuilder sb = new StringBuilder();
        steps.entries().stream().sorted(java.util.Comparator.comparing(fr.vigie.engine.oecd.StepEntry::scope)
                        .thenComparing(fr.vigie.engine.oecd.StepEntry::code))
                .forEach(e -> sb.append(e.scope()).append(',').append(e.code()).append(',')
                        .append(e.status().id()).append(',').append(e.evidence()).append('\n'));
        return sb.toString();
    }

    /** The workspace's assessments, newest first. */
    public List<StoredAssessment> list(WorkspaceGrant grant) {
        return store.list(grant.id());
    }

    /** One assessment of the workspace. */
    public Optional<StoredAssessment> find(WorkspaceGrant grant, long id) {
        return store.find(grant.id(), id);
    }

    /** The workspace's latest assessment. */
    public Optional<StoredAssessment> latest(WorkspaceGrant grant) {
        return store.latest(grant.id());
    }

    /**
     * The assessment the workspace's dashboard shows: the one people pinned, else the latest baseline
     * (run without a scenario: a what-if run is never shown by default), else the latest one.
     */
    public Optional<StoredAssessment> shown(WorkspaceGrant grant) {
        return shownWithPin(grant).map(Shown::assessment);
    }

    /**
     * The assessment the workspace's dashboard shows ({@link #shown}) and whether people pinned it,
     * read in one query.
     *
     * @param assessment the assessment shown
     * @param pinned     whether it is the one pinned to the dashboard
     */
    public record Shown(StoredAssessment assessment, boolean pinned) {
    }

    /** {@link #shown} with whether the assessment is the pinned one, in one query. */
    public Optional<Shown> shownWithPin(WorkspaceGrant grant) {
        return store.shown(grant.id());
    }

    /**
     * The assessments the dashboards of these workspaces show (as {@link #shown(WorkspaceGrant)}), by
     * workspace id, in one query; a workspace without any assessment has no entry.
     */
    public java.util.Map<Long, StoredAssessment> shown(List<WorkspaceGrant> grants) {
        java.util.Map<Long, StoredAssessment> shown = new java.util.HashMap<>();
        store.shown(grants.stream().map(WorkspaceGrant::id).toList()).forEach(a -> shown.put(a.workspaceId(), a));
        return shown;
    }

    /** The assessment pinned to the workspace's dashboard, when one is. */
    public Optional<StoredAssessment> pinned(WorkspaceGrant grant) {
        return store.pinned(grant.id());
    }

    /** Pins an assessment of the workspace to its dashboard (replacing any other pin); false when not found. */
    public boolean pin(WorkspaceGrant grant, long assessmentId) {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
        if (store.find(grant.id(), assessmentId).isEmpty()) {
            return false;
        }
        store.pin(grant.id(), assessmentId, grant.username());
        return true;
    }

    /** The dashboard shows the latest baseline again. */
    public void unpin(WorkspaceGrant grant) {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
        store.unpin(grant.id());
    }

    /** The result of an assessment of the workspace, read through the engine (any schema version). */
    public Assessment assessment(WorkspaceGrant grant, StoredAssessment assessment) {
        requireSameWorkspace(grant, assessment);
        return result(assessment);
    }

    private Assessment result(StoredAssessment assessment) {
        return results.get(new ResultKey(assessment.workspaceId(), assessment.id()), k -> runner.read(store.json(k.assessment())));
    }

    /** The view model of an assessment of the workspace. */
    public AssessmentView view(WorkspaceGrant grant, StoredAssessment assessment) {
        requireSameWorkspace(grant, assessment);
        return cachedView(assessment);
    }

    private AssessmentView cachedView(StoredAssessment assessment) {
        return views.get(assessment.id(), id -> AssessmentView.of(assessment, result(assessment)));
    }

    /** Drops the kept results, views and report bodies of a deleted workspace's assessments. */
    @EventListener
    void workspaceDeleted(WorkspaceDeleted event) {
        views.asMap().values().removeIf(v -> v.stored().workspaceId() == event.workspaceId());
        reportBodies.asMap().keySet().removeIf(k -> k.workspace() == event.workspaceId());
        results.asMap().keySet().removeIf(k -> k.workspace() == event.workspaceId());
    }

    /** The view of an assessment known by workspace and id, for other modules (the roadmap, on its event). */
    public AssessmentView view(long workspaceId, long assessmentId) {
        return cachedView(store.find(workspaceId, assessmentId).orElseThrow());
    }

    /** The scenario beside the baseline, when the assessment was run with one. */
    public Optional<Assessment.ScenarioResult> scenario(WorkspaceGrant grant, StoredAssessment assessment) {
        requireSameWorkspace(grant, assessment);
        return result(assessment).scenario();
    }

    /** The scenario text the assessment was run with. */
    Optional<String> scenarioYaml(StoredAssessment assessment) {
        return store.scenarioYaml(assessment.id());
    }

    /** The profile text the assessment read. */
    String profileYaml(StoredAssessment assessment) {
        return store.profileYaml(assessment.id());
    }

    /** The engine's JSON of the assessment, its texts in a language (as {@code bin/vigie assess --lang}). */
    String json(WorkspaceGrant grant, StoredAssessment assessment, Locale locale) {
        requireSameWorkspace(grant, assessment);
        return runner.json(store.json(assessment.id()), locale);
    }

    /** The engine's XLSX workbook of the assessment, in a language. */
    byte[] xlsx(WorkspaceGrant grant, StoredAssessment assessment, Locale locale) {
        requireSameWorkspace(grant, assessment);
        return runner.xlsx(store.json(assessment.id()), locale);
    }

    /** The engine's HTML report of the assessment, in a language. */
    String html(WorkspaceGrant grant, StoredAssessment assessment, Locale locale) {
        requireSameWorkspace(grant, assessment);
        return runner.html(store.json(assessment.id()), locale);
    }

    /** The body of the engine's HTML report of the assessment, for its page. */
    String reportBody(WorkspaceGrant grant, StoredAssessment assessment, Locale locale) {
        requireSameWorkspace(grant, assessment);
        return reportBodies.get(new ReportKey(assessment.workspaceId(), assessment.id(), locale.toLanguageTag()),
                k -> runner.reportBody(store.json(assessment.id()), locale));
    }

    /** The engine's HTML report of the assessment for the PDF renderer, in a language. */
    String xhtml(WorkspaceGrant grant, StoredAssessment assessment, Locale locale) {
        requireSameWorkspace(grant, assessment);
        return runner.xhtml(store.json(assessment.id()), locale);
    }

    private static void requireSameWorkspace(WorkspaceGrant grant, StoredAssessment assessment) {
        if (assessment.workspaceId() != grant.id()) {
            throw new AccessDeniedException("assessment " + assessment.id() + " is not of workspace " + grant.id());
        }
    }

    /** Whether scenario text has a line other than blanks and comments (the form's example is all comments). */
    static boolean hasContent(String yaml) {
        return yaml.lines().map(String::strip).anyMatch(l -> !l.isEmpty() && !l.startsWith("#"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
