package fr.vigie.engine.assessment.report;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.Roadmap;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.ScoreComponent;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.assessment.PriorityWeights;
import fr.vigie.engine.assessment.report.ReportModel.Bar;
import fr.vigie.engine.assessment.report.ReportModel.Chart;
import fr.vigie.engine.assessment.report.ReportModel.ChartRow;
import fr.vigie.engine.assessment.report.ReportModel.ExposureRow;
import fr.vigie.engine.assessment.report.ReportModel.FiliereRow;
import fr.vigie.engine.assessment.report.ReportModel.Grid;
import fr.vigie.engine.assessment.report.ReportModel.GridCell;
import fr.vigie.engine.assessment.report.ReportModel.GridHead;
import fr.vigie.engine.assessment.report.ReportModel.GridRow;
import fr.vigie.engine.assessment.report.ReportModel.InputRow;
import fr.vigie.engine.assessment.report.ReportModel.LegendItem;
import fr.vigie.engine.assessment.report.ReportModel.RecommendationGroup;
import fr.vigie.engine.assessment.report.ReportModel.RecommendationRow;
import fr.vigie.engine.assessment.report.ReportModel.RegulationRow;
import fr.vigie.engine.assessment.report.ReportModel.RoadmapRow;
import fr.vigie.engine.assessment.report.ReportModel.ScenarioRow;
import fr.vigie.engine.assessment.report.ReportModel.ScenarioView;
import fr.vigie.engine.assessment.report.ReportModel.ScoreCell;
import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.kernel.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the report's {@link ReportModel} from an assessment in the language of a {@link Messages}:
 * the one place that reads the assessment's texts for the reports (HTML, PDF and XLSX), so a change
 * in how the assessment carries its texts is made here only. The assessment's texts (message keys
 * with arguments) are rendered by the messages; labels and number formats come from the {@code
 * report} bundle ({@code report.fmt.*} patterns). Give messages that name the assessment's terms
 * (minerals, countries, regulations, obligations, solutions): {@code Vigie#messages}.
 */
public final class ReportModels {
  private ReportModels() {}

  /** Supply chains named in the summary. */
  static final int SUMMARY_FILIERES = 3;
  /** Alerts named in the summary (the alerts table lists them all). */
  static final int SUMMARY_ALERTS = 3;
  /** Regulations named in the summary. */
  static final int SUMMARY_OBLIGATIONS = 6;
  /** Roadmap actions named in the summary. */
  static final int SUMMARY_ACTIONS = 5;

  private static final String[] COMPONENT_COLOURS = {"#4e79a7", "#e15759", "#f28e2b", "#76b7b2", "#b07aa1"};
  private static final List<Stage> STAGES =
      List.of(Stage.EXTRACTION, Stage.PRE_TREATMENT, Stage.REFINING, Stage.RECYCLING);

  /** The report of {@code a} in the language of {@code m}. */
  public static ReportModel of(Assessment a, Messages m) {
    var p = a.provenance();
    List<FiliereRow> filieres = new ArrayList<>();
    for (Filiere f : a.filieres()) {
      List<String> components = new ArrayList<>();
      for (ScoreComponent c : f.components()) {
        components.add(m.get("report.component.formula", m.get("report.component." + c.id()), c.value(), c.weight(),
            c.contribution()));
      }
      filieres.add(new FiliereRow(f.rank(), f.material(), mineral(m, f.material()), kg(m, f.massKg()),
          m.get("report.fmt.eur", f.spendEur()), score(m, f.priorityScore()), score(m, f.risk()),
          percent(m, f.originCoverage()), percent(m, f.refinerCoverage()), percent(m, f.recycledShare()),
          reasons(f, m), components));
    }
    List<String> categories = new ArrayList<>();
    for (RiskCategory c : RiskCategory.values()) {
      categories.add(m.get("report.category." + c.id()));
    }

    List<ExposureRow> exposures = new ArrayList<>();
    for (Filiere f : a.filieres()) {
      for (Stage s : STAGES) {
        Optional<StageExposure> ex = f.stage(s);
        if (ex.isEmpty()) {
          continue;
        }
        StageExposure e = ex.get();
        List<ScoreCell> cells = new ArrayList<>();
        for (RiskCategory c : RiskCategory.values()) {
          cells.add(e.category(c).map(x -> new ScoreCell(score(m, x.score()), heat(x.score()),
              x.score() >= 0.6 ? "#fff" : "#222")).orElse(new ScoreCell("-", null, null)));
        }
        exposures.add(new ExposureRow(mineral(m, f.material()), m.get("report.stage." + s.id()), cells,
            kg(m, e.massKg()), percent(m, e.knownShare()), CountryShares.inline(m, e.countries()),
            e.hhi().map(h -> score(m, h)).orElse("-"), basis(e, m)));
      }
    }

    List<RecommendationGroup> recommendations = new ArrayList<>();
    if (!a.companyObligations().isEmpty()) {
      recommendations.add(new RecommendationGroup(m.get("report.recommendations.company"),
          recommendations(m, a.companyObligations())));
    }
    for (Filiere f : a.filieres()) {
      if (!f.recommendations().isEmpty()) {
        recommendations.add(new RecommendationGroup(m.get("report.recommendations.filiere", f.rank(),
            mineral(m, f.material())), recommendations(m, f.recommendations())));
      }
    }

    List<RegulationRow> regulations = new ArrayList<>();
    for (var r : a.regulations()) {
      regulations.add(new RegulationRow(name(r, m), reference(r, m),
          m.get("report.outcome." + r.outcome()), r.appliesFrom().map(d -> m.render(d)).orElse(""),
          r.minerals().isEmpty() ? m.get("report.minerals.all")
              : String.join(", ", r.minerals().stream().map(x -> mineral(m, x)).toList()),
          reasons(r, m)));
    }

    List<RoadmapRow> roadmap = new ArrayList<>();
    for (var r : a.roadmap()) {
      roadmap.add(new RoadmapRow(r.order(), m.get("report.horizon." + r.phase().id()), m.render(r.dueDate()),
          mineral(m, r.material()), title(r, m), r.id(), justification(r, m)));
    }

    ScenarioView scenario = a.scenario().map(s -> {
      List<ScenarioRow> rows = new ArrayList<>();
      for (var c : s.changes()) {
        rows.add(new ScenarioRow(mineral(m, c.material()), score(m, c.baselineRisk()), score(m, c.scenarioRisk()),
            score(m, c.baselineScore()), score(m, c.scenarioScore()), c.baselineRank(), c.scenarioRank(),
            kg(m, c.baselineRegulatedMassKg()), kg(m, c.scenarioRegulatedMassKg()), explanation(c, m)));
      }
      return new ScenarioView(s.name(), overrides(s, m), rows);
    }).orElse(null);

    List<ReportModel.AlertRow> alerts = a.alerts().stream()
        .map(x -> new ReportModel.AlertRow(m.render(x.kind().term()), mineral(m, x.material()),
            x.country().map(c -> country(m, c)).orElse("-"), m.render(x.text()), x.source()))
        .toList();

    List<InputRow> inputs = p.inputs().stream()
        .map(i -> new InputRow(m.get("report.input." + i.role()), i.name(), i.sha256())).toList();

    return new ReportModel(m.locale().toLanguageTag(), a.company(), m.render(p.referenceDate()), p.methodology(),
        p.priorityWeights(), p.engineVersion(), filieres, categories, chart(a, m), grid(a, m, categories), exposures,
        recommendations, regulations, roadmap, scenario, inputs, referenceData(p, m), date(m, p.solutionsAsOf()), alerts,
        summary(a, m, filieres, alerts));
  }

  /** The one-page summary: top supply chains, key risks, obligations, next actions. */
  static ReportModel.Summary summary(Assessment a, Messages m, List<FiliereRow> filieres,
      List<ReportModel.AlertRow> alerts) {
    List<FiliereRow> top = filieres.stream().limit(SUMMARY_FILIERES).toList();
    List<String> topFilieres = top.stream()
        .map(f -> m.get("report.cover.filiere", f.rank(), f.name(), f.priority(), f.risk(), f.mass())).toList();
    List<String> risks = new ArrayList<>();
    alerts.stream().limit(SUMMARY_ALERTS)
        .forEach(x -> risks.add(m.get("report.cover.alert", x.kind(), x.filiere(), x.country(), x.text())));
    // the risk of each top supply chain: its highest level, category and stage with the score (the
    // reason's first two arguments; its basis and contribution stay in the ranking's reasons)
    for (var f : a.filieres().stream().limit(SUMMARY_FILIERES).toList()) {
      f.reasons().stream().filter(r -> r.key().equals("assessment.reason.risk")).findFirst()
          .ifPresent(r -> risks.add(m.get("report.cover.reason", mineral(m, f.material()), r.args().get(0),
              r.args().get(1))));
    }
    List<String> obligations = a.regulations().stream().filter(r -> "applies".equals(r.outcome()))
        .limit(SUMMARY_OBLIGATIONS)
        .map(r -> r.appliesFrom().map(d -> m.get("report.cover.obligation.from", name(r, m), d))
            .orElseGet(() -> m.get("report.cover.obligation", name(r, m))))
        .toList();
    List<String> actions = a.roadmap().stream().limit(SUMMARY_ACTIONS)
        .map(x -> x.material().equals(Roadmap.COMPANY)
            ? m.get("report.cover.action.company", title(x, m), x.dueDate())
            : m.get("report.cover.action", title(x, m), mineral(m, x.material()), x.dueDate()))
        .toList();
    return new ReportModel.Summary(topFilieres, risks, obligations, actions);
  }

  // --- the assessment's texts in the reader's language (every report reads them through these) ---

  /** Why a filiere ranks where it does. */
  public static List<String> reasons(Filiere f, Messages m) {
    return lines(m, f.reasons());
  }

  /** Where a stage's countries come from. */
  public static String basis(StageExposure e, Messages m) {
    return m.render(e.basis());
  }

  /** A regulation's name. */
  public static String name(Assessment.RegulationLine r, Messages m) {
    return m.render(r.name());
  }

  /**
   * A regulation's official reference in the language of {@code m}, named from the regulation
   * files when {@code m} knows them ({@link fr.vigie.engine.regulation.RegulationCatalog#termNames()}),
   * else the reference the assessment stored.
   */
  public static String reference(Assessment.RegulationLine r, Messages m) {
    String cited = m.render(Term.of(fr.vigie.engine.regulation.Regulation.CITATION, r.id().value()));
    return cited.equals(r.id().value()) ? r.reference() : cited;
  }

  /**
   * The reference data the assessment read, one line per production series and indicator set, the
   * minerals, stages, series and indicators named in the language of {@code m}.
   */
  public static List<String> referenceData(Assessment.Provenance p, Messages m) {
    return p.referenceData().stream()
        .map(line -> fr.vigie.engine.assessment.ReferenceDataLine.text(line).map(m::render).orElse(line)).toList();
  }

  /** Why a regulation applies or not. */
  public static List<String> reasons(Assessment.RegulationLine r, Messages m) {
    return lines(m, r.reasons());
  }

  /** What a recommendation asks. */
  public static String title(Recommendation r, Messages m) {
    return m.render(r.title());
  }

  /** Why a recommendation is made. */
  public static String justification(Recommendation r, Messages m) {
    return m.render(r.justification());
  }

  /** What a roadmap action asks. */
  public static String title(Assessment.RoadmapAction r, Messages m) {
    return m.render(r.title());
  }

  /** Why a roadmap action is there. */
  public static String justification(Assessment.RoadmapAction r, Messages m) {
    return m.render(r.justification());
  }

  /** The scenario's changes of the inputs. */
  public static List<String> overrides(Assessment.ScenarioResult s, Messages m) {
    return lines(m, s.overrides());
  }

  /** Why a filiere moves in the scenario. */
  public static List<String> explanation(Assessment.FiliereChange c, Messages m) {
    return lines(m, c.explanation());
  }

  private static List<String> lines(Messages m, List<? extends Localized> texts) {
    return texts.stream().map(m::render).toList();
  }

  /** A date given as text (yyyy-mm-dd) in the date format of {@code m}; any other text as it is. */
  public static String date(Messages m, String text) {
    try {
      return m.render(java.time.LocalDate.parse(text));
    } catch (java.time.format.DateTimeParseException e) {
      return text;
    }
  }

  /** A mineral's name; the roadmap's company-wide actions ({@link Roadmap#COMPANY}) are named so. */
  public static String mineral(Messages m, String id) {
    if (id.equals(Roadmap.COMPANY)) {
      return m.get("report.company_wide");
    }
    return m.render(new Term("mineral", id));
  }

  /** A country's name. */
  public static String country(Messages m, String code) {
    return m.render(new Term("country", code));
  }

  private static List<RecommendationRow> recommendations(Messages m, List<Recommendation> recs) {
    List<RecommendationRow> rows = new ArrayList<>();
    for (Recommendation r : recs) {
      String horizon = m.get("report.horizon." + r.horizon().id());
      rows.add(new RecommendationRow(r.inPlace(), m.get(r.inPlace() ? "report.status.in_place" : "report.status.gap"),
          m.get("report.kind." + r.kind().name().toLowerCase(Locale.ROOT)), title(r, m), r.id(),
          r.dueDate().map(d -> m.get("report.horizon.due", horizon, d)).orElse(horizon), justification(r, m)));
    }
    return rows;
  }

  /** A stacked horizontal bar per filiere: the contribution of each component to its priority. */
  private static Chart chart(Assessment a, Messages m) {
    int rowH = 22;
    int left = 150;
    int width = 520;
    int height = 30 + rowH * a.filieres().size() + 30;
    List<ChartRow> rows = new ArrayList<>();
    int y = 20;
    for (Filiere f : a.filieres()) {
      List<Bar> bars = new ArrayList<>();
      double x = left;
      int i = 0;
      for (ScoreComponent c : f.components()) {
        double w = c.contribution() * width;
        bars.add(new Bar(coordinate(x), y, coordinate(w), rowH - 6, COMPONENT_COLOURS[i % COMPONENT_COLOURS.length],
            m.get("report.component." + c.id()) + " " + score(m, c.contribution())));
        x += w;
        i++;
      }
      rows.add(new ChartRow(y, y + 14, left - 6, f.rank() + ". " + mineral(m, f.material()), bars,
          coordinate(x + 4), score(m, f.priorityScore())));
      y += rowH;
    }
    List<LegendItem> legend = new ArrayList<>();
    int lx = left;
    for (int i = 0; i < PriorityWeights.COMPONENTS.size(); i++) {
      legend.add(new LegendItem(lx, y + 6, lx + 14, y + 15, COMPONENT_COLOURS[i],
          m.get("report.component." + PriorityWeights.COMPONENTS.get(i))));
      lx += 130;
    }
    return new Chart(Math.max(left + width + 60, lx + 20), height, rows, legend);
  }

  /**
   * A grid per filiere: its risk exposure per category (colour from white to dark red) and its
   * traceability (share of the mass with a known mine and refiner country, as a bar).
   */
  private static Grid grid(Assessment a, Messages m, List<String> categoryNames) {
    int cell = 110;
    int rowH = 24;
    int left = 150;
    RiskCategory[] cats = RiskCategory.values();
    List<String> heads = new ArrayList<>(categoryNames);
    heads.add(m.get("report.grid.origin_known"));
    heads.add(m.get("report.grid.refiner_known"));
    List<GridHead> gridHeads = new ArrayList<>();
    for (int i = 0; i < heads.size(); i++) {
      gridHeads.add(new GridHead(left + i * cell + cell / 2, heads.get(i)));
    }
    List<GridRow> rows = new ArrayList<>();
    int y = 22;
    for (Filiere f : a.filieres()) {
      List<GridCell> cells = new ArrayList<>();
      for (int i = 0; i < cats.length; i++) {
        RiskCategory c = cats[i];
        var s = f.categories().stream().filter(x -> x.category() == c).findFirst();
        int x = left + i * cell;
        cells.add(new GridCell(x, cell - 2, rowH - 2, s.map(v -> heat(v.score())).orElse("#eeeeee"),
            coordinate(x + cell / 2.0), s.map(v -> v.score() >= 0.6 ? "#fff" : "#222").orElse("#222"),
            s.map(v -> score(m, v.score())).orElse("-"), null));
      }
      double[] coverage = {f.originCoverage(), f.refinerCoverage()};
      for (int i = 0; i < 2; i++) {
        int x = left + (cats.length + i) * cell;
        cells.add(new GridCell(x, cell - 2, rowH - 2, "#eeeeee", coordinate(x + cell / 2.0), "#222",
            percent(m, coverage[i]), coordinate((cell - 2) * coverage[i])));
      }
      rows.add(new GridRow(y, y + 15, left - 6, f.rank() + ". " + mineral(m, f.material()), cells));
      y += rowH;
    }
    return new Grid(left + cell * (cats.length + 2) + 10, 40 + rowH * a.filieres().size(), gridHeads, rows);
  }

  private static String score(Messages m, double v) {
    return m.get("report.fmt.score", v);
  }

  private static String percent(Messages m, double v) {
    return m.get("report.fmt.percent", v);
  }

  private static String kg(Messages m, double v) {
    return m.get(v >= 10 ? "report.fmt.kg" : "report.fmt.kg_small", v);
  }

  /** An SVG coordinate: one decimal, a dot whatever the language. */
  private static String coordinate(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** White to dark red over [0,1]. */
  static String heat(double v) {
    double t = Math.max(0, Math.min(1, v));
    int r = (int) Math.round(255 - t * (255 - 153));
    int g = (int) Math.round(255 - t * 255);
    int b = (int) Math.round(255 - t * 255);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }
}
