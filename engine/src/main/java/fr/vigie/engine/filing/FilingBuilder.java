package fr.vigie.engine.filing;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.Assessment.CountryWeight;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.RegulationLine;
import fr.vigie.engine.assessment.Assessment.RoadmapAction;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.assessment.DeclarationSummary;
import fr.vigie.engine.assessment.ReportedSmelter;
import fr.vigie.engine.assessment.report.CountryShares;
import fr.vigie.engine.assessment.report.ReportModels;
import fr.vigie.engine.filing.FilingDocument.Bar;
import fr.vigie.engine.filing.FilingDocument.Block;
import fr.vigie.engine.filing.FilingDocument.Bullets;
import fr.vigie.engine.filing.FilingDocument.Fact;
import fr.vigie.engine.filing.FilingDocument.Figure;
import fr.vigie.engine.filing.FilingDocument.Paragraph;
import fr.vigie.engine.filing.FilingDocument.Section;
import fr.vigie.engine.filing.FilingDocument.Table;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Draws up one filing in one language from its input (see {@link Filings#build}). Every figure is
 * read from the input; a part the input lacks is said in the "what is missing" list, never filled in.
 * The legal provision each section answers is cited beside its heading (keys {@code
 * filing.<kind>.<section>.basis}); the citations not re-read from the official text say so.
 */
final class FilingBuilder {
  /** The texts of the regulation catalogue each filing reports on. */
  static final Map<FilingKind, String> TEXTS = Map.of(
      FilingKind.VIGILANCE_PLAN, "fr-duty-of-vigilance",
      FilingKind.EU_CMR_ANNUAL, "eu-conflict-minerals",
      FilingKind.BATTERIES_DD, "eu-batteries",
      FilingKind.FORM_SD, "us-dodd-frank-1502");

  /** The minerals each filing covers when the catalogue's line names none (Regulation (EU) 2017/821 Art. 1; Annex X). */
  static final Map<FilingKind, List<String>> DEFAULT_MINERALS = Map.of(
      FilingKind.EU_CMR_ANNUAL, List.of("tin", "tantalum", "tungsten", "gold"),
      FilingKind.BATTERIES_DD, List.of("cobalt", "natural_graphite", "lithium", "nickel"),
      FilingKind.FORM_SD, List.of("tin", "tantalum", "tungsten", "gold"));

  /**
   * The "Covered Countries" of Form SD: the Democratic Republic of the Congo and the countries that
   * share an internationally recognised border with it (Dodd-Frank Act section 1502(e)(1); SEC Rule
   * 13p-1), ISO alpha-3.
   */
  static final Set<String> COVERED_COUNTRIES =
      Set.of("COD", "AGO", "BDI", "CAF", "COG", "RWA", "SSD", "TZA", "UGA", "ZMB");

  private final FilingKind kind;
  private final FilingInput in;
  private final Messages m;
  private final Assessment a;
  private final String text;
  private final List<Filiere> covered;
  private final List<String> missing = new ArrayList<>();
  private final Set<String> sources = new LinkedHashSet<>();
  private final List<Problem> imports;

  /**
   * @param imports the EU conflict minerals findings of the company's imports the ledger does not
   *     cover (reported by the conflict minerals report; empty for the others)
   */
  FilingBuilder(FilingKind kind, FilingInput in, Messages m, List<Problem> imports) {
    this.kind = kind;
    this.in = in;
    this.m = m;
    this.imports = List.copyOf(imports);
    this.a = in.assessment();
    this.text = TEXTS.get(kind);
    this.covered = coveredFilieres();
  }

  FilingDocument build() {
    List<Section> sections = switch (kind) {
      case VIGILANCE_PLAN -> vigilancePlan();
      case EU_CMR_ANNUAL -> cmrAnnual();
      case BATTERIES_DD -> batteries();
      case FORM_SD -> formSd();
    };
    sources.add(t("filing." + kind.id() + ".source"));
    sources.add(t("filing.source.oecd"));
    sources.add(t("filing.source.assessment", a.company(), a.provenance().referenceDate()));
    sources.addAll(ReportModels.referenceData(a.provenance(), m));
    in.declarations().ifPresent(d -> sources.add(t("filing.source.declarations", d.source(), d.files())));
    if (!a.alerts().isEmpty()) {
      a.alerts().stream().map(Assessment.Alert::source).distinct().forEach(sources::add);
    }
    return new FilingDocument(kind, m.locale(), t("filing." + kind.id() + ".title"),
        t("filing.subtitle", a.company(), in.reportDate(), a.provenance().referenceDate()),
        t("filing." + kind.id() + ".notice"), sections, List.copyOf(sources), versions(), missing);
  }

  // --- the four filings ---

  private List<Section> vigilancePlan() {
    List<Section> out = new ArrayList<>();
    out.add(section("scope", List.of(
        p("filing.vigilance-plan.scope.text", a.company(), a.filieres().size()),
        applicability(),
        filieresTable(a.filieres()))));
    out.add(section("risk-mapping", concat(
        List.of(p("filing.vigilance-plan.risk-mapping.text")),
        List.of(priorityFigure(a.filieres()), categoryTable(a.filieres()), stageTable(a.filieres())),
        alerts(a.filieres()))));
    out.add(section("assessment-procedures", concat(
        List.of(p("filing.vigilance-plan.assessment-procedures.text")),
        List.of(traceabilityTable(a.filieres())),
        obligations("supplier-assessment"),
        campaigns(),
        smelters(a.filieres()))));
    out.add(section("mitigation", concat(
        List.of(p("filing.vigilance-plan.mitigation.text")),
        roadmap(a.filieres(), true))));
    out.add(section("alert-mechanism", concat(
        List.of(p("filing.vigilance-plan.alert-mechanism.text")),
        obligations("alert-mechanism"),
        grievances())));
    // the consultation of the representative trade unions on the mechanism is recorded nowhere Vigie reads
    missing.add(t("filing.missing.unions"));
    out.add(section("monitoring", concat(
        List.of(p("filing.vigilance-plan.monitoring.text")),
        steps(),
        gaps(a.filieres()))));
    out.add(section("implementation-report", concat(
        List.of(p("filing.vigilance-plan.implementation-report.text")),
        inPlace(a.filieres()),
        implementationFigures(a.filieres()))));
    return out;
  }

  private List<Section> cmrAnnual() {
    List<Section> out = new ArrayList<>();
    out.add(section("scope", concat(
        List.of(p("filing.eu-cmr-annual.scope.text", a.company()), applicability()),
        coveredOrNone(),
        uncoveredImports())));
    out.add(section("management-system", concat(
        List.of(p("filing.eu-cmr-annual.management-system.text")),
        obligations(null),
        List.of(p("filing.eu-cmr-annual.grievance.text")),
        grievances(),
        List.of(p("filing.eu-cmr-annual.traceability.text")),
        covered.isEmpty() ? List.of() : List.of(traceabilityTable(covered), countryTable(covered, Stage.EXTRACTION),
            countryTable(covered, Stage.REFINING)),
        campaigns(),
        smelters(covered))));
    out.add(section("risk-management", concat(
        List.of(p("filing.eu-cmr-annual.risk-management.text")),
        covered.isEmpty() ? List.of() : List.of(categoryTable(covered), stageTable(covered)),
        alerts(covered),
        roadmap(covered, false))));
    out.add(section("audits", concat(
        List.of(p("filing.eu-cmr-annual.audits.text")),
        smelterAudits(covered))));
    missing.add(t("filing.missing.cmr_audit"));
    out.add(section("oecd-steps", steps()));
    return out;
  }

  private List<Section> batteries() {
    List<Section> out = new ArrayList<>();
    out.add(section("scope", concat(
        List.of(p("filing.batteries-dd.scope.text", a.company()), applicability()),
        coveredOrNone())));
    out.add(section("policy", concat(
        List.of(p("filing.batteries-dd.policy.text")),
        obligations(null))));
    out.add(section("management-system", concat(
        List.of(p("filing.batteries-dd.management-system.text")),
        covered.isEmpty() ? List.of() : List.of(traceabilityTable(covered), countryTable(covered, Stage.EXTRACTION),
            countryTable(covered, Stage.REFINING)),
        campaigns(),
        smelters(covered),
        grievances())));
    out.add(section("risk-management", concat(
        List.of(p("filing.batteries-dd.risk-management.text")),
        covered.isEmpty() ? List.of() : List.of(categoryTable(covered), stageTable(covered)),
        alerts(covered),
        roadmap(covered, false))));
    out.add(section("verification", List.of(p("filing.batteries-dd.verification.text"))));
    missing.add(t("filing.missing.notified_body"));
    out.add(section("disclosure", concat(
        List.of(p("filing.batteries-dd.disclosure.text")),
        steps())));
    return out;
  }

  private List<Section> formSd() {
    List<Section> out = new ArrayList<>();
    int year = in.reportDate().getYear() - 1;
    out.add(section("cover", List.of(
        table("filing.form-sd.cover.caption", List.of(t("filing.col.field"), t("report.col.value")), List.of(
            List.of(t("filing.form-sd.cover.registrant"), a.company()),
            List.of(t("filing.form-sd.cover.rule"), t("filing.form-sd.cover.period", String.valueOf(year))),
            List.of(t("filing.form-sd.cover.identifiers"), t("filing.value.to_complete")))),
        applicability())));
    missing.add(t("filing.missing.registrant"));
    out.add(section("item-1-01", concat(
        List.of(p("filing.form-sd.item-1-01.text", a.company())),
        coveredOrNone(),
        List.of(p("filing.form-sd.rcoi.text")),
        covered.isEmpty() ? List.of() : List.of(traceabilityTable(covered), coveredCountriesTable(covered)),
        campaigns())));
    out.add(section("item-1-02", List.of(p("filing.form-sd.item-1-02.text"))));
    List<Section> cmr = new ArrayList<>();
    cmr.add(section("cmr-framework", List.of(p("filing.form-sd.cmr-framework.text"))));
    cmr.add(section("cmr-measures", concat(
        List.of(p("filing.form-sd.cmr-measures.text")),
        obligations(null),
        inPlace(covered),
        roadmap(covered, false),
        steps())));
    cmr.add(section("cmr-facilities", concat(
        List.of(p("filing.form-sd.cmr-facilities.text")),
        smelters(covered),
        covered.isEmpty() ? List.of() : List.of(countryTable(covered, Stage.REFINING)))));
    cmr.add(section("cmr-countries", concat(
        List.of(p("filing.form-sd.cmr-countries.text")),
        covered.isEmpty() ? List.of() : List.of(countryTable(covered, Stage.EXTRACTION)))));
    cmr.add(section("cmr-mine", concat(
        List.of(p("filing.form-sd.cmr-mine.text")),
        covered.isEmpty() ? List.of() : List.of(traceabilityTable(covered)))));
    cmr.add(section("cmr-audit", List.of(p("filing.form-sd.cmr-audit.text"))));
    out.add(new Section("cmr", t("filing.form-sd.cmr.heading"), basis("cmr"),
        List.of(p("filing.form-sd.cmr.text", a.company(), String.valueOf(year))), cmr));
    return out;
  }

  // --- what the filings are made of ---

  /** The filieres the filing covers: every one for the plan, the text's minerals for the others. */
  private List<Filiere> coveredFilieres() {
    if (kind == FilingKind.VIGILANCE_PLAN) {
      return a.filieres();
    }
    List<String> minerals = regulation().map(RegulationLine::minerals).filter(l -> !l.isEmpty())
        .orElse(DEFAULT_MINERALS.get(kind));
    return a.filieres().stream().filter(f -> minerals.contains(f.material())).toList();
  }

  private Optional<RegulationLine> regulation() {
    return a.regulations().stream().filter(r -> r.id().value().equals(text)).findFirst();
  }

  /** The covered filieres' table, or a paragraph saying the assessment has none (and the gap). */
  private List<Block> coveredOrNone() {
    List<String> minerals = regulation().map(RegulationLine::minerals).filter(l -> !l.isEmpty())
        .orElse(DEFAULT_MINERALS.getOrDefault(kind, List.of()));
    String names = String.join(", ", minerals.stream().map(x -> ReportModels.mineral(m, x)).toList());
    if (covered.isEmpty()) {
      missing.add(t("filing.missing.no_filiere", names));
      return List.of(p("filing.covered.none", names));
    }
    return List.of(p("filing.covered.some", names, covered.size()), filieresTable(covered));
  }

  /**
   * The imports of the profile that fall (or may fall) under the due diligence duties while the
   * ledger has no supply chain of their mineral: a paragraph here, each finding in what is missing.
   */
  private List<Block> uncoveredImports() {
    if (imports.isEmpty()) {
      return List.of();
    }
    Set<String> lines = new LinkedHashSet<>();
    for (Problem x : imports) {
      lines.add(String.valueOf(x.line()));
      missing.add(m.render(x.text()));
    }
    return List.of(p("filing.eu-cmr-annual.imports.uncovered", imports.size(), String.join(", ", lines)));
  }

  /** What the assessment says of the text this filing answers. */
  private Block applicability() {
    return regulation()
        .<Block>map(r -> {
          List<String> items = new ArrayList<>();
          items.add(t("filing.applicability", ReportModels.name(r, m), t("report.outcome." + r.outcome()),
              r.asOf()));
          r.appliesFrom().ifPresent(d -> items.add(t("filing.applicability.from", d)));
          items.addAll(ReportModels.reasons(r, m));
          return new Bullets(items);
        })
        .orElseGet(() -> {
          missing.add(t("filing.missing.regulation", text));
          return p("filing.applicability.none", text);
        });
  }

  private Table filieresTable(List<Filiere> filieres) {
    List<List<String>> rows = new ArrayList<>();
    for (Filiere f : filieres) {
      rows.add(List.of(String.valueOf(f.rank()), mineral(f), kg(f.massKg()), score(f.priorityScore()),
          score(f.risk()) + " (" + level(f) + ")", percent(f.originCoverage()),
          percent(f.refinerCoverage()), percent(f.recycledShare())));
    }
    return new Table(t("filing.table.filieres"), List.of(t("report.col.rank"), t("report.col.filiere"),
        t("report.col.mass"), t("report.col.priority"), t("report.col.risk"), t("report.col.origin_known"),
        t("report.col.refiner_known"), t("report.col.recycled")), rows);
  }

  /** The headline risk's level: the level of the filiere's highest category. */
  private String level(Filiere f) {
    return f.categories().stream().max(Comparator.comparingDouble(Assessment.CategoryScore::score))
        .map(c -> t("report.level." + c.level().id())).orElse(t("report.level.undetermined"));
  }

  private Figure priorityFigure(List<Filiere> filieres) {
    return new Figure(t("filing.figure.priority"), filieres.stream()
        .map(f -> new Bar(f.rank() + ". " + mineral(f), f.priorityScore(), score(f.priorityScore()))).toList());
  }

  private Table categoryTable(List<Filiere> filieres) {
    List<String> headers = new ArrayList<>(List.of(t("report.col.filiere")));
    for (RiskCategory c : RiskCategory.values()) {
      headers.add(t("report.category." + c.id()));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Filiere f : filieres) {
      List<String> row = new ArrayList<>(List.of(mineral(f)));
      for (RiskCategory c : RiskCategory.values()) {
        row.add(f.categories().stream().filter(x -> x.category() == c).findFirst()
            .map(x -> score(x.score()) + " (" + t("report.level." + x.level().id()) + ")").orElse("-"));
      }
      rows.add(row);
    }
    return new Table(t("filing.table.categories"), headers, rows);
  }

  private Table stageTable(List<Filiere> filieres) {
    List<List<String>> rows = new ArrayList<>();
    for (Filiere f : filieres) {
      for (StageExposure s : f.stages()) {
        rows.add(List.of(mineral(f), t("report.stage." + s.stage().id()), kg(s.massKg()),
            score(s.score()) + " (" + t("report.level." + s.level().id()) + ")", percent(s.knownShare()),
            countries(s.countries()), ReportModels.basis(s, m)));
      }
    }
    return new Table(t("filing.table.stages"), List.of(t("report.col.filiere"), t("report.col.stage"),
        t("report.col.mass"), t("report.col.risk"), t("report.col.country_known"), t("report.col.countries"),
        t("report.col.basis")), rows);
  }

  private Table traceabilityTable(List<Filiere> filieres) {
    List<List<String>> rows = new ArrayList<>();
    for (Filiere f : filieres) {
      rows.add(List.of(mineral(f), kg(f.massKg()), String.valueOf(f.lines()), percent(f.originCoverage()),
          percent(f.refinerCoverage()), t(f.declaredRefining() ? "report.yes" : "report.no")));
      if (f.originCoverage() < 1) {
        missing.add(t("filing.missing.origin", mineral(f), 1 - f.originCoverage()));
      }
    }
    return new Table(t("filing.table.traceability"), List.of(t("report.col.filiere"), t("report.col.mass"),
        t("filing.col.lines"), t("report.col.origin_known"), t("report.col.refiner_known"),
        t("filing.col.declared_refining")), rows);
  }

  /**
   * Where a country's share comes from: {@code ledger}, {@code declarations}, {@code world}, or several
   * of them joined by "+" (a share partly known, partly estimated), each named.
   */
  private String source(String source) {
    return String.join(" + ", java.util.Arrays.stream(source.split("\\+"))
        .map(x -> t("filing.country_source." + x)).toList());
  }

  /**
   * The countries of one stage per filiere, with where each share comes from: one row per country of
   * 1 % or more, the smaller ones folded into one row, the rest of the world last ({@link CountryShares#table}).
   */
  private Table countryTable(List<Filiere> filieres, Stage stage) {
    List<List<String>> rows = new ArrayList<>();
    for (Filiere f : filieres) {
      f.stage(stage).ifPresent(s -> {
        for (CountryShares.Line c : CountryShares.table(s.countries())) {
          rows.add(List.of(mineral(f), CountryShares.name(m, c), CountryShares.percent(m, c.share()),
              sources(c.sources())));
        }
      });
    }
    return new Table(t("filing.table.countries." + stage.id()), List.of(t("report.col.filiere"),
        t("report.col.country"), t("filing.col.share"), t("report.col.source")), rows);
  }

  /**
   * Per 3TG filiere, the share of its extraction mix in the Covered Countries, which of them with
   * their shares ({@link CountryShares#list}), and where those shares come from. A share of zero is
   * shown 0 % (no Covered Country in the mix), one under 1 % as {@code < 1 %}.
   */
  private Table coveredCountriesTable(List<Filiere> filieres) {
    List<List<String>> rows = new ArrayList<>();
    for (Filiere f : filieres) {
      Optional<StageExposure> s = f.stage(Stage.EXTRACTION);
      List<CountryWeight> inMix = s.map(x -> x.countries().stream()
          .filter(c -> COVERED_COUNTRIES.contains(c.country()) && c.share() > 0).toList()).orElse(List.of());
      double share = inMix.stream().mapToDouble(CountryWeight::share).sum();
      List<String> from = new ArrayList<>();
      inMix.forEach(c -> from.add(c.source()));
      rows.add(List.of(mineral(f), CountryShares.percent(m, share), CountryShares.inline(m, inMix),
          inMix.isEmpty() ? "-" : sources(from), s.map(x -> percent(x.knownShare())).orElse("-")));
    }
    return new Table(t("filing.table.covered_countries"), List.of(t("report.col.filiere"),
        t("filing.col.covered_share"), t("filing.col.covered_countries"), t("filing.col.covered_source"),
        t("report.col.country_known")), rows);
  }

  /** Where the shares come from, each source named once, joined by commas. */
  private String sources(List<String> sources) {
    return String.join(", ", sources.stream().map(this::source).distinct().toList());
  }

  private List<Block> alerts(List<Filiere> filieres) {
    Set<String> minerals = materials(filieres);
    List<String> items = a.alerts().stream().filter(x -> minerals.contains(x.material()))
        .map(x -> t("filing.alert", x.kind().term(), x.text())).toList();
    if (items.isEmpty()) {
      return List.of(p("filing.alerts.none"));
    }
    return List.of(p("filing.alerts.some", items.size()), new Bullets(items));
  }

  /** The roadmap actions of the filieres (and the company-wide ones when {@code company}). */
  private List<Block> roadmap(List<Filiere> filieres, boolean company) {
    Set<String> minerals = materials(filieres);
    List<RoadmapAction> actions = a.roadmap().stream()
        .filter(x -> minerals.contains(x.material()) || (company && x.material().equals("all"))).toList();
    if (actions.isEmpty()) {
      return List.of(p("filing.roadmap.none"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (RoadmapAction x : actions) {
      rows.add(List.of(t("report.horizon." + x.phase().id()),
          x.material().equals("all") ? t("filing.company_wide") : ReportModels.mineral(m, x.material()),
          ReportModels.title(x, m), m.render(x.dueDate()), ReportModels.justification(x, m)));
    }
    return List.of(new Table(t("filing.table.roadmap", actions.size()), List.of(t("report.col.phase"),
        t("report.col.filiere"), t("report.col.action"), t("report.col.due"), t("report.col.justification")), rows));
  }

  /**
   * The obligations of the filing's text (one, or all when {@code id} is null) with their in-place
   * marks, from the filieres' recommendations and the company-wide obligations.
   */
  private List<Block> obligations(String id) {
    Map<String, Recommendation> found = new LinkedHashMap<>();
    Predicate<Recommendation> ofText = r -> r.kind() == Assessment.Kind.OBLIGATION
        && r.regulation().filter(text::equals).isPresent()
        && (id == null || r.id().equals(text + "/" + id) || r.id().equals(id) || r.id().endsWith("/" + id));
    a.companyObligations().stream().filter(ofText).forEach(r -> found.putIfAbsent(r.id(), r));
    for (Filiere f : a.filieres()) {
      f.recommendations().stream().filter(ofText).forEach(r -> found.merge(r.id(), r,
          (x, y) -> x.inPlace() ? x : y));
    }
    if (found.isEmpty()) {
      return List.of(p("filing.obligations.none"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Recommendation r : found.values()) {
      rows.add(List.of(ReportModels.title(r, m), t(r.inPlace() ? "report.status.in_place" : "report.status.gap"),
          r.dueDate().map(m::render).orElse("-")));
    }
    return List.of(new Table(t("filing.table.obligations"), List.of(t("filing.col.obligation"),
        t("report.col.in_place"), t("report.col.due")), rows));
  }

  /**
   * The recommendations in place for the filieres: what the company already does under this text
   * (its obligations and the due diligence practices no text owns). Obligations of other texts (a
   * CSRD or Modern Slavery Act duty in a conflict minerals report) are only counted: they belong to
   * their own reports.
   */
  private List<Block> inPlace(List<Filiere> filieres) {
    Set<String> titles = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    Consumer<Recommendation> add = r -> {
      if (r.regulation().isEmpty() || r.regulation().get().equals(text)) {
        titles.add(ReportModels.title(r, m));
      } else {
        others.add(r.id());
      }
    };
    for (Filiere f : filieres) {
      f.recommendations().stream().filter(Recommendation::inPlace).forEach(add);
    }
    a.companyObligations().stream().filter(Recommendation::inPlace).forEach(add);
    List<Block> out = new ArrayList<>();
    if (titles.isEmpty()) {
      out.add(p("filing.in_place.none"));
    } else {
      out.add(p("filing.in_place.some", titles.size()));
      out.add(new Bullets(List.copyOf(titles)));
    }
    if (!others.isEmpty()) {
      out.add(p("filing.in_place.other_texts", others.size()));
    }
    return out;
  }

  /** The recommendations not in place: the gap the monitoring follows. */
  private List<Block> gaps(List<Filiere> filieres) {
    List<List<String>> rows = new ArrayList<>();
    for (Filiere f : filieres) {
      for (Recommendation r : f.gap()) {
        rows.add(List.of(mineral(f), ReportModels.title(r, m), t("report.kind." + r.kind().name().toLowerCase(java.util.Locale.ROOT)),
            t("report.horizon." + r.horizon().id())));
      }
    }
    if (rows.isEmpty()) {
      return List.of(p("filing.gaps.none"));
    }
    return List.of(new Table(t("filing.table.gaps", rows.size()), List.of(t("report.col.filiere"),
        t("report.col.recommendation"), t("report.col.kind"), t("report.col.horizon")), rows));
  }

  private List<Block> implementationFigures(List<Filiere> filieres) {
    List<List<String>> rows = new ArrayList<>();
    long inPlace = filieres.stream().flatMap(f -> f.recommendations().stream()).filter(Recommendation::inPlace).count();
    long all = filieres.stream().mapToLong(f -> f.recommendations().size()).sum();
    rows.add(List.of(t("filing.figure.recommendations_in_place"), inPlace + " / " + all));
    for (fr.vigie.engine.solution.Horizon h : fr.vigie.engine.solution.Horizon.values()) {
      rows.add(List.of(t("filing.figure.roadmap_actions", t("report.horizon." + h.id())),
          String.valueOf(a.roadmap().stream().filter(x -> x.phase() == h).count())));
    }
    in.campaigns().ifPresent(c -> {
      rows.add(List.of(t("filing.campaigns.asked"), String.valueOf(c.suppliersAsked())));
      rows.add(List.of(t("filing.campaigns.answered"), c.suppliersAnswered() + " (" + percent(c.responseRate()) + ")"));
    });
    in.grievances().ifPresent(g -> rows.add(List.of(t("filing.grievances.cases"), String.valueOf(g.cases()))));
    in.steps().ifPresent(s -> s.company().forEach(x -> rows.add(List.of(t("filing.step.maturity_of", t("filing.step." + x.number())),
        percent(x.maturity())))));
    return List.of(new Table(t("filing.table.implementation"), List.of(t("report.col.item"), t("report.col.value")), rows));
  }

  /** The supplier declaration campaigns, or what is missing. */
  private List<Block> campaigns() {
    if (in.campaigns().isEmpty()) {
      if (!missing.contains(t("filing.missing.campaigns"))) {
        missing.add(t("filing.missing.campaigns"));
      }
      return List.of(p("filing.campaigns.none"));
    }
    CampaignSummary c = in.campaigns().get();
    if (c.smeltersConformant().isEmpty() && c.smeltersIdentified() > 0
        && !missing.contains(t("filing.missing.smelters_unchecked", c.smeltersIdentified()))) {
      missing.add(t("filing.missing.smelters_unchecked", c.smeltersIdentified()));
    }
    return List.of(new Table(t("filing.table.campaigns"), List.of(t("report.col.item"), t("report.col.value")), List.of(
        List.of(t("filing.campaigns.campaigns"), String.valueOf(c.campaigns())),
        List.of(t("filing.campaigns.asked"), String.valueOf(c.suppliersAsked())),
        List.of(t("filing.campaigns.answered"), c.suppliersAnswered() + " (" + percent(c.responseRate()) + ")"),
        List.of(t("filing.campaigns.declarations"), String.valueOf(c.declarationsReceived())),
        List.of(t("filing.campaigns.smelters"), String.valueOf(c.smeltersIdentified())),
        List.of(t("filing.campaigns.conformant"), c.smeltersConformant().map(String::valueOf)
            .orElse(t("filing.campaigns.not_checked"))))));
  }

  /** The smelters and refiners the declarations report for the filieres' minerals. */
  private List<Block> smelters(List<Filiere> filieres) {
    if (in.declarations().isEmpty()) {
      if (!missing.contains(t("filing.missing.declarations"))) {
        missing.add(t("filing.missing.declarations"));
      }
      return List.of(p("filing.smelters.no_declarations"));
    }
    DeclarationSummary d = in.declarations().get();
    Set<String> minerals = materials(filieres);
    List<ReportedSmelter> list = d.smelters().stream().filter(s -> minerals.contains(s.material().value())).toList();
    if (list.isEmpty()) {
      return List.of(p("filing.smelters.none", d.source(), d.files()));
    }
    List<List<String>> rows = new ArrayList<>();
    for (ReportedSmelter s : list) {
      rows.add(List.of(ReportModels.mineral(m, s.material().value()), s.name(), s.smelterId().orElse("-"),
          s.country().map(this::country).orElse("-"), t("filing.audit." + s.audit().id())));
    }
    long conformant = list.stream().filter(s -> s.audit() == ReportedSmelter.AuditStatus.CONFORMANT).count();
    boolean unchecked = list.stream().allMatch(s -> s.audit() == ReportedSmelter.AuditStatus.UNKNOWN);
    return List.of(unchecked ? p("filing.smelters.some_unchecked", list.size(), d.source(), d.files())
            : p("filing.smelters.some", list.size(), conformant, d.source(), d.files()),
        new Table(t("filing.table.smelters"), List.of(t("report.col.filiere"), t("filing.col.smelter"),
            t("report.col.id"), t("report.col.country"), t("filing.col.audit")), rows));
  }

  /** The audit status of the reported smelters (the third-party audits the company relies on). */
  private List<Block> smelterAudits(List<Filiere> filieres) {
    if (in.declarations().isEmpty()) {
      if (!missing.contains(t("filing.missing.declarations"))) {
        missing.add(t("filing.missing.declarations"));
      }
      return List.of(p("filing.smelters.no_declarations"));
    }
    Set<String> minerals = materials(filieres);
    Map<ReportedSmelter.AuditStatus, Long> counts = new LinkedHashMap<>();
    for (ReportedSmelter.AuditStatus s : ReportedSmelter.AuditStatus.values()) {
      counts.put(s, in.declarations().get().smelters().stream()
          .filter(x -> minerals.contains(x.material().value()) && x.audit() == s).count());
    }
    if (counts.get(ReportedSmelter.AuditStatus.UNKNOWN) > 0) {
      missing.add(t("filing.missing.smelter_audit", counts.get(ReportedSmelter.AuditStatus.UNKNOWN)));
    }
    List<List<String>> rows = counts.entrySet().stream()
        .map(e -> List.of(t("filing.audit." + e.getKey().id()), String.valueOf(e.getValue()))).toList();
    return List.of(new Table(t("filing.table.smelter_audits"), List.of(t("filing.col.audit"), t("filing.col.count")), rows));
  }

  /** The grievance mechanism's statistics, or what is missing. */
  private List<Block> grievances() {
    if (in.grievances().isEmpty()) {
      if (!missing.contains(t("filing.missing.grievances"))) {
        missing.add(t("filing.missing.grievances"));
      }
      return List.of(p("filing.grievances.none"));
    }
    GrievanceSummary g = in.grievances().get();
    List<Block> out = new ArrayList<>();
    out.add(p("filing.grievances.some", g.cases(), g.from(), g.to()));
    g.medianDaysToAcknowledge().ifPresent(d -> out.add(p("filing.grievances.median", d)));
    out.add(counts("filing.table.grievances.status", g.byStatus(), id -> t("filing.grievance.status." + id)));
    out.add(counts("filing.table.grievances.category", g.byCategory(), id -> m.render(Term.of("grievance_category", id))));
    if (!g.byMineral().isEmpty()) {
      out.add(counts("filing.table.grievances.mineral", g.byMineral(), id -> ReportModels.mineral(m, id)));
    }
    if (!g.byCountry().isEmpty()) {
      out.add(counts("filing.table.grievances.country", g.byCountry(), this::country));
    }
    return out;
  }

  private Table counts(String caption, Map<String, Integer> counts, java.util.function.Function<String, String> name) {
    List<List<String>> rows = counts.entrySet().stream()
        .map(e -> List.of(name.apply(e.getKey()), String.valueOf(e.getValue()))).toList();
    return new Table(t(caption), List.of(t("report.col.item"), t("filing.col.count")), rows);
  }

  /** The OECD five steps register, or what is missing. */
  private List<Block> steps() {
    if (in.steps().isEmpty()) {
      if (!missing.contains(t("filing.missing.steps"))) {
        missing.add(t("filing.missing.steps"));
      }
      return List.of(p("filing.steps.none"));
    }
    StepsSummary s = in.steps().get();
    List<Block> out = new ArrayList<>();
    out.add(p("filing.steps.text"));
    out.add(stepsTable(t("filing.table.steps.company"), s.company()));
    out.add(new Figure(t("filing.figure.maturity"), s.company().stream()
        .map(x -> new Bar(t("filing.step." + x.number()), x.maturity(), percent(x.maturity()))).toList()));
    for (StepsSummary.FiliereSteps f : s.filieres()) {
      out.add(stepsTable(t("filing.table.steps.filiere", ReportModels.mineral(m, f.material())), f.steps()));
    }
    return out;
  }

  private Table stepsTable(String caption, List<StepsSummary.Step> steps) {
    List<List<String>> rows = new ArrayList<>();
    for (StepsSummary.Step x : steps) {
      rows.add(List.of(t("filing.step." + x.number()), String.valueOf(x.subSteps()), String.valueOf(x.done()),
          String.valueOf(x.inProgress()), String.valueOf(x.notStarted()), percent(x.maturity()),
          String.valueOf(x.evidence())));
    }
    return new Table(caption, List.of(t("filing.col.step"), t("filing.col.sub_steps"), t("filing.col.done"),
        t("filing.col.in_progress"), t("filing.col.not_started"), t("filing.col.maturity"),
        t("filing.col.evidence")), rows);
  }

  /** A date given as text (yyyy-mm-dd) in the report's date format; any other text as it is. */
  private String date(String text) {
    try {
      return m.render(java.time.LocalDate.parse(text));
    } catch (java.time.format.DateTimeParseException e) {
      return text;
    }
  }

  private List<Fact> versions() {
    Assessment.Provenance p = a.provenance();
    List<Fact> out = new ArrayList<>();
    out.add(new Fact(t("filing.version.vigie"), Versions.vigie()));
    out.add(new Fact(t("filing.version.assessment_engine"), p.engineVersion()));
    out.add(new Fact(t("filing.version.methodology"), p.methodology()));
    out.add(new Fact(t("filing.version.priority_weights"), p.priorityWeights()));
    out.add(new Fact(t("filing.version.solutions"), date(p.solutionsAsOf())));
    out.add(new Fact(t("filing.version.reference_date"), m.render(p.referenceDate())));
    for (String d : ReportModels.referenceData(p, m)) {
      out.add(new Fact(t("filing.version.data"), d));
    }
    for (Assessment.InputFile f : p.inputs()) {
      out.add(new Fact(t("filing.version.input", t("report.input." + f.role())), f.name() + " (SHA-256 " + f.sha256() + ")"));
    }
    return out;
  }

  // --- small helpers ---

  private Section section(String id, List<Block> blocks) {
    return new Section(id, t("filing." + kind.id() + "." + id + ".heading"), basis(id), blocks, List.of());
  }

  private Optional<String> basis(String id) {
    String key = "filing." + kind.id() + "." + id + ".basis";
    return m.has(key) ? Optional.of(t(key)) : Optional.empty();
  }

  @SafeVarargs
  private static List<Block> concat(List<? extends Block>... parts) {
    List<Block> out = new ArrayList<>();
    for (List<? extends Block> p : parts) {
      out.addAll(p);
    }
    return out;
  }

  private Paragraph p(String key, Object... args) {
    return new Paragraph(t(key, args));
  }

  private Table table(String caption, List<String> headers, List<List<String>> rows) {
    return new Table(t(caption), headers, rows);
  }

  private static Set<String> materials(List<Filiere> filieres) {
    Set<String> out = new LinkedHashSet<>();
    filieres.forEach(f -> out.add(f.material()));
    return out;
  }

  private String countries(List<CountryWeight> list) {
    return CountryShares.inline(m, list);
  }

  private String mineral(Filiere f) {
    return ReportModels.mineral(m, f.material());
  }

  private String country(String code) {
    return ReportModels.country(m, code);
  }

  private String score(double v) {
    return t("report.fmt.score", v);
  }

  private String percent(double v) {
    return t("report.fmt.percent", v);
  }

  private String kg(double v) {
    return t(v >= 10 ? "report.fmt.kg" : "report.fmt.kg_small", v);
  }

  private String t(String key, Object... args) {
    return m.render(Text.of(key, args));
  }
}
