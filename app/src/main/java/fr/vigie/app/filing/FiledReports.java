package fr.vigie.app.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import fr.vigie.app.assessment.Assessments;
import fr.vigie.app.assessment.StoredAssessment;
import fr.vigie.app.assessment.SupplierDeclarations;
import fr.vigie.app.duediligence.StepsSummaries;
import fr.vigie.app.duediligence.StepsSummary;
import fr.vigie.app.grievance.GrievanceFigures;
import fr.vigie.app.grievance.GrievanceStatistics;
import fr.vigie.app.supplier.Campaigns;
import fr.vigie.app.workspace.WorkspaceEngine;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceProfiles;
import fr.vigie.engine.Vigie;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.declaration.consolidate.SmelterStatus;
import fr.vigie.engine.filing.CampaignSummary;
import fr.vigie.engine.filing.FilingFormat;
import fr.vigie.engine.filing.FilingInput;
import fr.vigie.engine.filing.FilingKind;
import fr.vigie.engine.filing.Filings;
import fr.vigie.engine.filing.GrievanceSummary;
import fr.vigie.engine.oecd.MaturityPolicy;
import fr.vigie.engine.refdata.ReferenceData;
import org.springframework.stereotype.Service;

/**
 * Gathers what a workspace's reports are built from and has the engine build and render them:
 * <ul>
 *   <li>the assessment the workspace's dashboard shows (pinned, else the latest baseline, else the
 *       latest), read through the engine;</li>
 *   <li>the workspace's company profile as it is now;</li>
 *   <li>the supplier campaigns (suppliers asked and answering), the declarations received and the
 *       smelters they name (conformant: those the workspace's RMI smelter list gives as conformant;
 *       not checked, never 0, without a list), when the workspace ran a campaign or holds a declaration;</li>
 *   <li>the grievance mechanism's statistics over the twelve months ending on the report date
 *       (every workspace has the mechanism, so zero cases is a figure, not a gap);</li>
 *   <li>the supplier declarations as the assessment reads them;</li>
 *   <li>the workspace's OECD five steps register ({@code fr.vigie.app.duediligence}), once something is
 *       recorded in it (else the reports state it as missing).</li>
 * </ul>
 */
@Service
class FiledReports {

    private final Assessments assessments;
    private final WorkspaceProfiles profiles;
    private final SupplierDeclarations declarations;
    private final Campaigns campaigns;
    private final GrievanceFigures grievances;
    private final StepsSummaries steps;
    private final Filings filings;
    private final ReferenceData data;
    private final Clock clock;

    FiledReports(Assessments assessments, WorkspaceProfiles profiles, SupplierDeclarations declarations,
            Campaigns campaigns, GrievanceFigures grievances, StepsSummaries steps, WorkspaceEngine engine) {
        this.steps = steps;
        this.filings = Vigie.of(engine.referenceData(), engine.regulations(), engine.solutions()).filings();
        this.data = engine.referenceData();
        this.assessments = assessments;
        this.profiles = profiles;
        this.declarations = declarations;
        this.campaigns = campaigns;
        this.grievances = grievances;
        this.clock = Clock.systemDefaultZone();
    }

    /**
     * What a workspace's reports are built from.
     *
     * @param assessment the stored assessment they read
     * @param input      the engine's input
     */
    record Basis(StoredAssessment assessment, FilingInput input) {
    }

    /** The assessment the workspace's reports read (the one its dashboard shows); empty when it has none yet. */
    Optional<StoredAssessment> assessment(WorkspaceGrant grant) {
        return assessments.shown(grant);
    }

    /** The basis of the workspace's reports today; empty when the workspace has no assessment yet. */
    Optional<Basis> basis(WorkspaceGrant grant) {
        Optional<StoredAssessment> shown = assessments.shown(grant);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        StoredAssessment stored = shown.get();
        LocalDate today = LocalDate.now(clock);
        FilingInput input = FilingInput.of(assessments.assessment(grant, stored), profiles.profile(grant.id()), today);
        Optional<fr.vigie.engine.filing.StepsSummary> register = steps(grant);
        if (register.isPresent()) {
            input = input.withSteps(register.get());
        }
        Optional<CampaignSummary> campaign = campaignSummary(grant);
        if (campaign.isPresent()) {
            input = input.withCampaigns(campaign.get());
        }
        input = input.withGrievances(grievanceSummary(grant, today));
        Optional<fr.vigie.engine.assessment.DeclarationSummary> declared = declarations.summary(grant);
        if (declared.isPresent()) {
            input = input.withDeclarations(declared.get());
        }
        return Optional.of(new Basis(stored, input));
    }

    /**
     * The EU conflict minerals findings of the workspace: the imports its company profile (as it is now)
     * declares that reach, or may reach, the Annex I threshold while the ledger of the assessment its
     * reports read has no supply chain of their mineral; none without an assessment.
     */
    java.util.List<fr.vigie.engine.kernel.Problem> uncoveredImports(WorkspaceGrant grant, StoredAssessment shown) {
        return filings.uncoveredImports(assessments.assessment(grant, shown), profiles.profile(grant.id()));
    }

    /** A report built from the basis and rendered in a format, its texts in a language. */
    byte[] render(Basis basis, FilingKind kind, FilingFormat format, Locale locale) {
        return filings.render(filings.build(kind, basis.input(), locale), format);
    }

    /** The workspace's OECD five steps register; empty while nothing is recorded in it (see {@link #steps(StepsSummary)}). */
    Optional<fr.vigie.engine.filing.StepsSummary> steps(WorkspaceGrant grant) {
        return steps(steps.summary(grant));
    }

    /**
     * The engine's summary of the workspace's OECD five steps, company-wide and per filiere: per step, the
     * sub-steps followed (all but those not applicable), done (implemented, with or without evidence), in
     * progress and not started, the maturity (0-100 in the register, 0-1 in the report; 0 when every
     * sub-step is not applicable) and the pieces of evidence. Empty while the register holds nothing but
     * sub-steps not started or not applicable and no evidence: the report then says it is missing
     * rather than "nothing started".
     */
    static Optional<fr.vigie.engine.filing.StepsSummary> steps(StepsSummary summary) {
        return fr.vigie.engine.filing.StepsSummary.ifRecorded(
                summary.company().steps().stream().map(FiledReports::step).toList(),
                summary.filieres().stream().map(f -> new fr.vigie.engine.filing.StepsSummary.FiliereSteps(f.scope(),
                        f.steps().stream().map(FiledReports::step).toList())).toList());
    }

    /** A step of the register as the engine's summary takes it (levels by {@code MaturityPolicy.Level} id). */
    private static fr.vigie.engine.filing.StepsSummary.Step step(StepsSummary.Step st) {
        Map<MaturityPolicy.Level, Integer> counts = new EnumMap<>(MaturityPolicy.Level.class);
        for (MaturityPolicy.Level l : MaturityPolicy.Level.values()) {
            counts.put(l, st.levels().getOrDefault(l.id(), 0));
        }
        return fr.vigie.engine.filing.StepsSummary.Step.of(st.number(), counts, st.maturity(), st.evidence());
    }

    /** The campaigns and declarations in figures; empty when the workspace has neither. */
    private Optional<CampaignSummary> campaignSummary(WorkspaceGrant grant) {
        Campaigns.Figures figures = campaigns.figures(grant);
        int files = declarations.list(grant).size();
        if (figures.campaigns() == 0 && files == 0) {
            return Optional.empty();
        }
        int smelters = declarations.consolidation(grant).smelters().size();
        Optional<Integer> conformant = Optional.empty();
        if (declarations.smelterList(grant).isPresent()) {
            int n = (int) declarations.smelterChecks(grant).stream()
                    .filter(c -> c.status() == SmelterStatus.CONFORMANT).count();
            conformant = Optional.of(Math.min(n, smelters));
        }
        return Optional.of(new CampaignSummary(figures.campaigns(), figures.suppliersAsked(),
                figures.suppliersAnswered(), files, smelters, conformant));
    }

    /** The grievance statistics of the twelve months ending on {@code to} (the report date). */
    private GrievanceSummary grievanceSummary(WorkspaceGrant grant, LocalDate to) {
        LocalDate from = to.minusYears(1).plusDays(1);
        ZoneId zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return grievanceSummary(grievances.statistics(grant, start, end), from, to,
                typed -> data.minerals().find(typed).map(m -> m.id().value()),
                typed -> data.countries().find(typed).map(Country::alpha3));
    }

    /**
     * The engine's summary of the statistics: counts by status and category as they are; minerals and
     * countries as typed in the intake form (free text), named by their id (a mineral id, an ISO alpha-3
     * code) when the reference data know the name, code or alias typed, else as typed, cases naming none
     * left out; the median time to acknowledge in days (hours / 24).
     */
    static GrievanceSummary grievanceSummary(GrievanceStatistics stats, LocalDate from, LocalDate to,
            Function<String, Optional<String>> mineral, Function<String, Optional<String>> country) {
        return new GrievanceSummary(from, to, stats.cases(), stats.byStatus(), stats.byCategory(),
                named(stats.byMineral(), mineral), named(stats.byCountry(), country),
                Optional.ofNullable(stats.medianHoursToAck()).map(h -> h / 24));
    }

    private static Map<String, Integer> named(Map<String, Integer> counts, Function<String, Optional<String>> id) {
        Map<String, Integer> out = new TreeMap<>();
        counts.forEach((typed, n) -> {
            if (!typed.isEmpty()) {
                out.merge(id.apply(typed).orElse(typed), n, Integer::sum);
            }
        });
        return out;
    }
}
