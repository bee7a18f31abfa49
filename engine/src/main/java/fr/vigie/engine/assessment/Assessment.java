package fr.vigie.engine.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.vigie.engine.kernel.CountryCode;
import fr.vigie.engine.kernel.RegulationId;
import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.solution.Horizon;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a company assessment: the filieres (one per purchased mineral) ranked by priority
 * with their exposure, reasons and recommendations, the regulatory texts, the phased roadmap and,
 * when a scenario was given, the scenario's figures beside the baseline. Immutable; everything
 * needed to reproduce it (methods and versions, reference data, inputs and their hashes, reference
 * date) is in {@link #provenance()}. It serialises to JSON and reads back losslessly with {@link
 * AssessmentJson}. Scores are in [0,1]; masses in kg of mineral content per year.
 *
 * @param company the company name from its profile
 * @param provenance what produced it
 * @param filieres the filieres, rank 1 first
 * @param regulations every text of the catalogue with its outcome for the company
 * @param companyObligations obligations of applicable texts that name no mineral (company-wide),
 *     with their in-place marks
 * @param roadmap actions, short term first, then by filiere rank
 * @param scenario the scenario, when one was given
 * @param alerts what needs attention before anything else: sanctions, conflict-affected and
 *     high-risk areas, smelters whose audit failed (see {@link Alerts})
 */
public record Assessment(
    String company,
    Provenance provenance,
    List<Filiere> filieres,
    List<RegulationLine> regulations,
    List<Recommendation> companyObligations,
    List<RoadmapAction> roadmap,
    Optional<ScenarioResult> scenario,
    List<Alert> alerts) {

  /**
   * Version of the stored form: 1 had texts in English and French fields ({@code reasons} and
   * {@code reasons_fr}...), 2 has texts as message keys with their arguments, 3 adds the alerts
   * and the roadmap actions' keys. {@link AssessmentJson} reads every version.
   */
  public static final int SCHEMA_VERSION = 3;

  public Assessment {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(provenance, "provenance");
    filieres = List.copyOf(filieres);
    regulations = List.copyOf(regulations);
    companyObligations = List.copyOf(companyObligations);
    roadmap = List.copyOf(roadmap);
    Objects.requireNonNull(scenario, "scenario");
    alerts = List.copyOf(alerts);
  }

  /** The version of this form, written as {@code schema_version}. */
  @JsonProperty("schema_version")
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** Mass-weighted mean of stage scores (see {@link Filiere#stageExposure()}). */
  static double stageExposure(List<StageExposure> stages) {
    double num = 0;
    double den = 0;
    for (StageExposure s : stages) {
      num += s.massKg() * s.score();
      den += s.massKg();
    }
    return den > 0 ? num / den : 0;
  }

  /** The filiere of a mineral id, when the ledger buys it. */
  public Optional<Filiere> filiere(String material) {
    return filieres.stream().filter(f -> f.material().equals(material)).findFirst();
  }

  /**
   * What produced the assessment.
   *
   * @param engineVersion version of the engine (or {@code development})
   * @param methodology risk methodology id and version, e.g. {@code vigie-default 1.0.0}
   * @param priorityWeights priority weights id and version
   * @param referenceDate the date the regulations were assessed on
   * @param referenceData the reference data used: one line per production series and indicator set
   * @param solutionsAsOf curation date of the solutions catalogue
   * @param inputs the input files with their SHA-256
   */
  public record Provenance(
      String engineVersion,
      String methodology,
      String priorityWeights,
      LocalDate referenceDate,
      List<String> referenceData,
      String solutionsAsOf,
      List<InputFile> inputs) {
    public Provenance {
      Objects.requireNonNull(engineVersion, "engineVersion");
      Objects.requireNonNull(methodology, "methodology");
      Objects.requireNonNull(priorityWeights, "priorityWeights");
      Objects.requireNonNull(referenceDate, "referenceDate");
      referenceData = List.copyOf(referenceData);
      Objects.requireNonNull(solutionsAsOf, "solutionsAsOf");
      inputs = List.copyOf(inputs);
    }
  }

  /**
   * An input file.
   *
   * @param role {@code profile}, {@code ledger}, {@code scenario}, {@code declaration}, {@code smelters}, {@code method}
   * @param name file name
   * @param sha256 hex SHA-256 of its bytes
   */
  public record InputFile(String role, String name, String sha256) {
    public InputFile {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  /**
   * One filiere (the company's supply chain of one mineral).
   *
   * @param material mineral id
   * @param name the mineral, named in the reader's language
   * @param rank 1 = highest priority
   * @param priorityScore weighted sum of the components, in [0,1]
   * @param massKg mineral content bought per year
   * @param spendEur spend over the lines that give one
   * @param lines ledger lines
   * @param recycledShare share of the mass declared recycled
   * @param originCoverage share of the mass with a known mine country
   * @param refinerCoverage share of the mass with a known refining country
   * @param declaredRefining whether supplier declarations gave smelter countries for this mineral
   * @param risk the headline risk exposure: highest category of {@link #categories()}
   * @param categories risk exposure per category over the stages (see docs/assessment.md)
   * @param stages exposure per stage
   * @param concentration the higher world HHI of the mineral's extraction and refining (preferred
   *     production series)
   * @param grossSupplyRisk the mineral's world gross supply risk (EU method), when known
   * @param regulations ids of applicable texts (or that may apply) naming the mineral
   * @param components the priority score's parts
   * @param reasons readable reasons for the rank, most weighty first
   * @param recommendations solutions and obligations, with in-place marks
   */
  public record Filiere(
      String material,
      Localized name,
      int rank,
      double priorityScore,
      double massKg,
      double spendEur,
      long lines,
      double recycledShare,
      double originCoverage,
      double refinerCoverage,
      boolean declaredRefining,
      double risk,
      List<CategoryScore> categories,
      List<StageExposure> stages,
      double concentration,
      Optional<Double> grossSupplyRisk,
      List<String> regulations,
      List<ScoreComponent> components,
      List<Text> reasons,
      List<Recommendation> recommendations) {
    public Filiere {
      Objects.requireNonNull(material, "material");
      Objects.requireNonNull(name, "name");
      categories = List.copyOf(categories);
      stages = List.copyOf(stages);
      Objects.requireNonNull(grossSupplyRisk, "grossSupplyRisk");
      regulations = List.copyOf(regulations);
      components = List.copyOf(components);
      reasons = List.copyOf(reasons);
      recommendations = List.copyOf(recommendations);
    }

    /**
     * The stage exposure: the mean of the assessed stages' scores weighted by the mass through each
     * (primary mass at extraction and pre-treatment, the whole mass at refining, the recycled mass
     * at recycling); 0 when no stage was scored. Unlike {@link #risk()} (the worst category), it
     * moves whenever any stage's risk moves (docs/assessment.md).
     */
    @JsonProperty("stage_exposure")
    public double stageExposure() {
      return Assessment.stageExposure(stages);
    }

    /** Share of the mass whose chain is known: mean of origin and refiner coverage. */
    public double traceability() {
      return (originCoverage + refinerCoverage) / 2;
    }

    /** The exposure of one stage, when assessed. */
    public Optional<StageExposure> stage(Stage stage) {
      return stages.stream().filter(s -> s.stage() == stage).findFirst();
    }

    /** The recommendations not in place: the gap. */
    public List<Recommendation> gap() {
      return recommendations.stream().filter(r -> !r.inPlace()).toList();
    }
  }

  /** A score with its level. */
  public record CategoryScore(RiskCategory category, double score, RiskLevel level) {
    public CategoryScore {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(level, "level");
    }
  }

  /**
   * The exposure of one stage of a filiere.
   *
   * @param stage the stage
   * @param massKg the mass that goes through the stage (primary mass for extraction and
   *     pre-treatment, the whole mass for refining, the recycled mass for recycling)
   * @param knownShare share of that mass whose country comes from the ledger or declarations
   * @param basis where the rest comes from, e.g. {@code world production mix: usgs-mcs-2025 2024
   *     mine production}
   * @param countries the effective country mix (shares sum to about 1 over the listed countries and
   *     the rest of world, code {@code OTHER}, the production the source attributes to no country)
   * @param hhi concentration of the effective mix, when it has countries
   * @param categories the stage risk per category (empty categories left out)
   * @param score the highest category score
   * @param level its level
   */
  public record StageExposure(
      Stage stage,
      double massKg,
      double knownShare,
      Text basis,
      List<CountryWeight> countries,
      Optional<Double> hhi,
      List<CategoryScore> categories,
      double score,
      RiskLevel level) {
    public StageExposure {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(basis, "basis");
      countries = List.copyOf(countries);
      Objects.requireNonNull(hhi, "hhi");
      categories = List.copyOf(categories);
      Objects.requireNonNull(level, "level");
    }

    /** The score of a category, when the stage has one. */
    public Optional<CategoryScore> category(RiskCategory c) {
      return categories.stream().filter(x -> x.category() == c).findFirst();
    }
  }

  /**
   * A country's part in a stage mix.
   *
   * @param country ISO alpha-3 code, or {@code OTHER} for the rest of the world in a world mix
   * @param share share of the stage's mass
   * @param source {@code ledger}, {@code declarations} or {@code world}
   */
  public record CountryWeight(String country, double share, String source) {
    /** The rest-of-the-world part of a world mix (no single country). */
    public static final String REST_OF_WORLD = "OTHER";

    public CountryWeight {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(source, "source");
      if (!country.equals(REST_OF_WORLD)) {
        new CountryCode(country); // refuses what is not an alpha-3 code
      }
    }

    /** The same for a country given by its typed code. */
    public CountryWeight(CountryCode country, double share, String source) {
      this(country.value(), share, source);
    }

    /** The country's code; empty for the rest of the world. */
    public Optional<CountryCode> code() {
      return country.equals(REST_OF_WORLD) ? Optional.empty() : Optional.of(new CountryCode(country));
    }
  }

  /**
   * One part of the priority score.
   *
   * @param id {@code volume}, {@code risk}, {@code concentration}, {@code regulation}, {@code
   *     traceability_gap}
   * @param value the component in [0,1]
   * @param weight its weight (weights sum to 1)
   * @param contribution {@code weight x value}
   */
  public record ScoreComponent(String id, double value, double weight, double contribution) {
    public ScoreComponent {
      Objects.requireNonNull(id, "id");
    }
  }

  /** What a recommendation is. */
  public enum Kind {
    SOLUTION,
    OBLIGATION
  }

  /**
   * A solution or an obligation recommended for a filiere (or the company).
   *
   * @param kind solution (catalogue) or obligation (of a text)
   * @param id solution id, or obligation id
   * @param title what to do: the solution or obligation, named in the reader's language
   * @param horizon when it can take effect (obligations: from their due date)
   * @param justification why it is recommended (the risk it addresses, or the text)
   * @param regulation for an obligation, the text id
   * @param dueDate for an obligation, the date it applies from
   * @param inPlace whether the profile's {@code practices_in_place} lists it
   */
  public record Recommendation(
      Kind kind,
      String id,
      Localized title,
      Horizon horizon,
      Text justification,
      Optional<String> regulation,
      Optional<LocalDate> dueDate,
      boolean inPlace) {
    public Recommendation {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(horizon, "horizon");
      Objects.requireNonNull(justification, "justification");
      Objects.requireNonNull(regulation, "regulation");
      Objects.requireNonNull(dueDate, "dueDate");
    }
  }

  /** What an alert is about. */
  public enum AlertKind implements fr.vigie.engine.kernel.Labelled {
    SANCTIONS("sanctions"),
    CAHRA("cahra"),
    SMELTER_AUDIT("smelter_audit");

    private final String id;

    AlertKind(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String kind() {
      return "alert_kind";
    }
  }

  /**
   * Something that needs attention before the ranking: a sanctioned origin, a conflict-affected or
   * high-risk area in the chain, a smelter whose audit failed.
   *
   * @param kind what it is about
   * @param material the mineral id
   * @param country ISO alpha-3 of the country concerned, when there is one
   * @param text what was found and what it means
   * @param source the legal text or list it comes from
   */
  public record Alert(AlertKind kind, String material, Optional<String> country, Text text, String source) {
    public Alert {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(material, "material");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * One text of the catalogue and what it means for the company.
   *
   * @param id text id (a string in JSON)
   * @param name the text's name, in the reader's language
   * @param reference official reference
   * @param outcome {@code applies}, {@code does_not_apply} or {@code cannot_tell}
   * @param appliesFrom when it applies, the date its obligations apply from
   * @param minerals minerals the text names (empty: every mineral)
   * @param reasons the applicability reasons
   * @param asOf the date the entry was last checked
   */
  public record RegulationLine(
      RegulationId id,
      Localized name,
      String reference,
      String outcome,
      Optional<LocalDate> appliesFrom,
      List<String> minerals,
      List<Localized> reasons,
      LocalDate asOf) {
    public RegulationLine {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(appliesFrom, "appliesFrom");
      minerals = List.copyOf(minerals);
      reasons = List.copyOf(reasons);
      Objects.requireNonNull(asOf, "asOf");
    }

    /** The same with the id written as a string (refused when it is not an id). */
    public RegulationLine(String id, Localized name, String reference, String outcome,
        Optional<LocalDate> appliesFrom, List<String> minerals, List<Localized> reasons, LocalDate asOf) {
      this(RegulationId.of(id), name, reference, outcome, appliesFrom, minerals, reasons, asOf);
    }

    /** Whether the text applies or may apply (cannot tell). */
    public boolean bearsOnCompany() {
      return !outcome.equals("does_not_apply");
    }
  }

  /**
   * One action of the roadmap.
   *
   * @param phase short, medium or long term
   * @param order position in the roadmap, from 1
   * @param material the filiere's mineral id, or {@code all} for a company-wide action
   * @param kind solution or obligation
   * @param id the solution or obligation id
   * @param title what to do
   * @param justification the risk, obligation or solution that justifies it
   * @param dueDate when it is due
   * @param key stable across assessments: {@code <material>:<kind>:<id>}, the id of an obligation
   *     being {@code <text>/<obligation>} ({@link Roadmap#key})
   */
  public record RoadmapAction(
      Horizon phase,
      int order,
      String material,
      Kind kind,
      String id,
      Localized title,
      Text justification,
      LocalDate dueDate,
      String key) {
    public RoadmapAction {
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(material, "material");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(justification, "justification");
      Objects.requireNonNull(dueDate, "dueDate");
      Objects.requireNonNull(key, "key");
    }

    /** For an obligation, the text it comes from (read from the key). */
    public Optional<String> regulation() {
      String last = key.substring(key.lastIndexOf(':') + 1);
      int slash = last.indexOf('/');
      return kind == Kind.OBLIGATION && slash > 0 ? Optional.of(last.substring(0, slash)) : Optional.empty();
    }
  }

  /**
   * A scenario beside the baseline.
   *
   * @param name the scenario's name
   * @param overrides what it changes, one readable line per override
   * @param filieres the filieres under the scenario, ranked
   * @param changes per filiere, baseline against scenario, in baseline rank order
   */
  public record ScenarioResult(
      String name, List<Text> overrides, List<Filiere> filieres, List<FiliereChange> changes) {
    public ScenarioResult {
      Objects.requireNonNull(name, "name");
      overrides = List.copyOf(overrides);
      filieres = List.copyOf(filieres);
      changes = List.copyOf(changes);
    }
  }

  /**
   * How one filiere changes under a scenario.
   *
   * @param material mineral id
   * @param baselineRisk headline risk exposure, baseline
   * @param scenarioRisk headline risk exposure, scenario
   * @param baselineScore priority score, baseline
   * @param scenarioScore priority score, scenario
   * @param baselineRank rank, baseline
   * @param scenarioRank rank, scenario
   * @param baselineRegulatedMassKg mass under applicable texts naming the mineral, baseline
   * @param scenarioRegulatedMassKg the same under the scenario
   * @param explanation readable sentences
   * @param baselineExposure stage exposure ({@link Filiere#stageExposure()}), baseline
   * @param scenarioExposure stage exposure, scenario
   */
  public record FiliereChange(
      String material,
      double baselineRisk,
      double scenarioRisk,
      double baselineScore,
      double scenarioScore,
      int baselineRank,
      int scenarioRank,
      double baselineRegulatedMassKg,
      double scenarioRegulatedMassKg,
      List<Text> explanation,
      double baselineExposure,
      double scenarioExposure) {
    public FiliereChange {
      Objects.requireNonNull(material, "material");
      explanation = List.copyOf(explanation);
    }
  }
}
