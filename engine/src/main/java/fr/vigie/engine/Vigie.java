package fr.vigie.engine;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.Assessment.InputFile;
import fr.vigie.engine.assessment.AssessmentJson;
import fr.vigie.engine.assessment.Assessor;
import fr.vigie.engine.assessment.ConflictAreas;
import fr.vigie.engine.assessment.DeclarationSummary;
import fr.vigie.engine.assessment.PriorityWeights;
import fr.vigie.engine.assessment.ReportedSmelter;
import fr.vigie.engine.declaration.consolidate.ConsolidatedSmelter;
import fr.vigie.engine.declaration.consolidate.ReferenceSmelter;
import fr.vigie.engine.declaration.consolidate.SmelterAudit;
import fr.vigie.engine.declaration.consolidate.SmelterCheck;
import fr.vigie.engine.declaration.consolidate.SmelterReference;
import fr.vigie.engine.assessment.Scenario;
import fr.vigie.engine.oecd.DueDiligenceSteps;
import fr.vigie.engine.oecd.OecdSteps;
import fr.vigie.engine.declaration.consolidate.Consolidation;
import fr.vigie.engine.declaration.validate.CahraList;
import fr.vigie.engine.declaration.consolidate.CountryShare;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.kernel.CountryCode;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.RegulationId;
import fr.vigie.engine.regulation.Regulation;
import fr.vigie.engine.kernel.TermNames;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.regulation.RegulationCatalog;
import fr.vigie.engine.regulation.ObligationTermNames;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.risk.Methodology;
import fr.vigie.engine.solution.Solutions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The engine's facade: the one entry the command line ({@code bin/vigie assess}) and the web
 * application call, above the domain packages. For assessments: run one, read a scenario, turn supplier declarations into the
 * assessment's refining mix, store an assessment (JSON with keys), read a stored one back (any
 * schema version) and render its texts in a reader's language. Holds the reference data, the
 * regulation catalogue and the solutions catalogue; thread-safe.
 *
 * <pre>{@code
 * Vigie service = Vigie.of(data, catalog, solutions);
 * Assessment a = service.assess(new Vigie.Request(profile, ledger, methodology,
 *     PriorityWeights.loadDefault(), Optional.empty(), Optional.empty(), date, inputs));
 * String stored = service.store(a);
 * String french = service.json(service.read("assessment 42", stored), Locale.FRENCH);
 * }</pre>
 */
public final class Vigie {
  private final ReferenceData data;
  private final RegulationCatalog catalog;
  private final Solutions solutions;
  private final TermNames names;
  private final ConflictAreas conflictAreas;

  private Vigie(ReferenceData data, RegulationCatalog catalog, Solutions solutions, ConflictAreas conflictAreas) {
    this.conflictAreas = Objects.requireNonNull(conflictAreas, "conflictAreas");
    this.data = Objects.requireNonNull(data, "data");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.solutions = Objects.requireNonNull(solutions, "solutions");
    List<TermNames> all = List.of(data.termNames(), catalog.termNames(), new ObligationTermNames(catalog),
        solutions.termNames());
    this.names = (kind, id, locale) -> all.stream()
        .flatMap(n -> n.name(kind, id, locale).stream()).findFirst();
  }

  /** The service; its {@code cahra} alerts read the default list of conflict-affected and high-risk areas. */
  public static Vigie of(ReferenceData data, RegulationCatalog catalog, Solutions solutions) {
    return new Vigie(data, catalog, solutions, conflictAreas(CahraList.loadDefault()));
  }

  /** The same service reading another list of conflict-affected and high-risk areas for the alerts. */
  public Vigie withCahra(CahraList list) {
    return new Vigie(data, catalog, solutions, conflictAreas(list));
  }

  /** A list of conflict-affected and high-risk areas as the assessment reads it. */
  public static ConflictAreas conflictAreas(CahraList list) {
    String date = list.date().isBlank() ? "" : list.date().split("\\s+")[0];
    String label = date.isEmpty() ? list.label() : list.label() + " (" + date + ")";
    return new ConflictAreas(list.alpha3(), label);
  }

  /**
   * What to assess.
   *
   * @param profile the company profile
   * @param ledger the purchase ledger
   * @param methodology the risk methodology
   * @param weights the priority weights
   * @param scenario a scenario to compare with the baseline
   * @param declarations smelter countries declared by suppliers
   * @param date the reference date
   * @param inputs the input files recorded in the provenance
   * @param steps the company's record of the OECD five steps, read by the gap analysis
   */
  public record Request(
      CompanyProfile profile, Ledger ledger, Methodology methodology, PriorityWeights weights,
      Optional<Scenario> scenario, Optional<DeclarationSummary> declarations, LocalDate date,
      List<InputFile> inputs, Optional<DueDiligenceSteps> steps) {
    /** What to assess without a record of the OECD steps (the profile's practices alone). */
    public Request(
        CompanyProfile profile, Ledger ledger, Methodology methodology, PriorityWeights weights,
        Optional<Scenario> scenario, Optional<DeclarationSummary> declarations, LocalDate date,
        List<InputFile> inputs) {
      this(profile, ledger, methodology, weights, scenario, declarations, date, inputs, Optional.empty());
    }

    /** The same request with the company's record of the OECD five steps. */
    public Request withSteps(DueDiligenceSteps value) {
      return new Request(profile, ledger, methodology, weights, scenario, declarations, date, inputs,
          Optional.of(value));
    }

    public Request {
      Objects.requireNonNull(steps, "steps");
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(ledger, "ledger");
      Objects.requireNonNull(methodology, "methodology");
      Objects.requireNonNull(weights, "weights");
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(declarations, "declarations");
      Objects.requireNonNull(date, "date");
      inputs = List.copyOf(inputs);
    }
  }

  /** Runs the assessment pipeline. */
  public Assessment assess(Request r) {
    return Assessor.with(data, r.methodology(), catalog, solutions)
        .withConflictAreas(conflictAreas)
        .withWeights(r.weights())
        .withInputs(r.inputs())
        .assess(r.profile(), r.ledger(), r.scenario(), r.declarations(), r.date(), r.steps());
  }

  /** Reads scenario YAML text; {@code source} names it in problems. */
  public Scenario scenario(String source, String yaml) {
    return Scenario.read(source, yaml, data.minerals(), data.countries());
  }

  /** Reads a scenario file. */
  public Scenario scenario(Path file) {
    return Scenario.read(file, data.minerals(), data.countries());
  }

  /**
   * The declared smelter countries per mineral of consolidated supplier declarations, and the
   * smelters reported, with an {@code unknown} audit status: no smelter reference list is given.
   */
  public static DeclarationSummary declarations(String source, Consolidation c) {
    return declarations(source, c, Optional.empty());
  }

  /**
   * The declared smelter countries per mineral of consolidated supplier declarations, and the
   * smelters reported, each with its audit status as the user's RMI smelter reference list gives
   * it ({@link #auditStatus}); without a list, every status is {@code unknown}.
   */
  public static DeclarationSummary declarations(String source, Consolidation c, Optional<SmelterReference> reference) {
    Map<MineralId, List<Map.Entry<String, Double>>> shares = new TreeMap<>();
    c.smelterCountriesByMetal().forEach((m, list) -> {
      List<Map.Entry<String, Double>> l = new ArrayList<>();
      for (CountryShare s : list) {
        l.add(Map.entry(s.country(), s.share()));
      }
      shares.put(m, l);
    });
    // the CAHRA list does not enter the audit status; the default one is only what the audit needs to run
    List<SmelterCheck> checks = reference.map(r -> new SmelterAudit(r, CahraList.loadDefault()).check(c)).orElse(List.of());
    List<ReportedSmelter> smelters = new ArrayList<>();
    for (int i = 0; i < c.smelters().size(); i++) {
      ConsolidatedSmelter x = c.smelters().get(i);
      ReportedSmelter.AuditStatus audit = checks.isEmpty() ? ReportedSmelter.AuditStatus.UNKNOWN : auditStatus(checks.get(i));
      smelters.add(new ReportedSmelter(x.metal(), x.smelterId(), x.name(), x.country(), audit));
    }
    return DeclarationSummary.of(source, c.files(), shares).withSmelters(smelters);
  }

  /**
   * The assessment's audit status of a checked smelter (docs/assessment.md, "Smelter audit
   * statuses"): matched in the list by id and name, or by metal and name, it takes the list's RMAP
   * status: conformant, active, non-conformant (the RMI's "non-conformant" and "withdrawn" alike);
   * a listed smelter not enrolled in the RMAP, listed without status, not listed, reported under an
   * unknown id or under an id that names another smelter has no audit status: {@code unknown}.
   */
  public static ReportedSmelter.AuditStatus auditStatus(SmelterCheck check) {
    return switch (check.status()) {
      case CONFORMANT -> ReportedSmelter.AuditStatus.CONFORMANT;
      case ACTIVE -> ReportedSmelter.AuditStatus.ACTIVE;
      case NOT_CONFORMANT -> check.reference().flatMap(ReferenceSmelter::status)
          .filter(s -> s == fr.vigie.engine.declaration.consolidate.AuditStatus.NON_CONFORMANT)
          .map(s -> ReportedSmelter.AuditStatus.NON_CONFORMANT).orElse(ReportedSmelter.AuditStatus.UNKNOWN);
      case LISTED, NOT_LISTED, UNKNOWN_ID, NAME_ID_MISMATCH -> ReportedSmelter.AuditStatus.UNKNOWN;
    };
  }

  /** The stored form of an assessment: JSON with texts as keys and arguments, and its schema version. */
  public String store(Assessment a) {
    return AssessmentJson.write(a);
  }

  /** Reads a stored assessment of any schema version; {@code source} names it in problems. */
  public Assessment read(String source, String json) {
    return AssessmentJson.read(source, json);
  }

  /** The assessment as JSON with its texts rendered in a language (the CLI's {@code --out x.json}). */
  public String json(Assessment a, Locale locale) {
    return AssessmentJson.render(a, messages(locale));
  }

  /** The country of an ISO alpha-3 code in the reference data; empty when it has none. */
  public Optional<Country> country(CountryCode code) {
    return data.countries().find(code);
  }

  /** The text of the regulatory knowledge base with this id; empty when the catalogue has none. */
  public Optional<Regulation> regulation(RegulationId id) {
    return catalog.find(id);
  }

  /** The catalogue of the OECD five steps and their sub-steps (docs/due-diligence-steps.md). */
  public OecdSteps oecdSteps() {
    return OecdSteps.loadDefault();
  }

  /** Messages in a language that name the assessment's minerals, texts, obligations and solutions. */
  public Messages messages(Locale locale) {
    return Messages.of(locale, names);
  }

  /**
   * The filings (plan de vigilance, EU conflict minerals report, battery due diligence report, Form
   * SD) drawn up from assessments, naming terms as {@link #messages} does.
   */
  public fr.vigie.engine.filing.Filings filings() {
    return new fr.vigie.engine.filing.Filings(names, catalog);
  }

  /** The names of the terms an assessment uses (mineral, regulation, obligation, solution). */
  public TermNames termNames() {
    return names;
  }
}
