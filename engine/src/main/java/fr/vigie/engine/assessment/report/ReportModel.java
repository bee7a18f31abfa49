package fr.vigie.engine.assessment.report;

import java.util.List;

/**
 * What the assessment report's template ({@code fr/vigie/engine/report/assessment.html}) shows, every
 * text already rendered in the reader's language and every number already formatted: the template
 * only places them. Built from an assessment by {@link ReportModels}, the one class that reads the
 * assessment for the report; the HTML page, the PDF and the workbook are written from it.
 *
 * @param language the language tag of the texts ({@code en}, {@code fr})
 * @param company the company assessed
 * @param referenceDate the reference date, formatted
 * @param methodology the methodology id and version
 * @param priorityWeights the priority weights id and version
 * @param engineVersion the engine's version
 * @param filieres the filieres by rank
 * @param categories the risk categories' names, in the order of the score columns
 * @param chart the priority chart
 * @param grid the exposure grid
 * @param exposures the exposure table, one row per filiere and stage
 * @param regulations the regulations table
 * @param recommendations company-wide obligations first (when any), then per filiere
 * @param roadmap the roadmap
 * @param scenario the scenario beside the baseline, or {@code null} when none
 * @param inputs the input files
 * @param referenceData the reference data sets read
 * @param solutionsAsOf the date of the solutions catalogue
 * @param alerts the assessment's alerts, shown first
 * @param summary the one-page summary that opens the PDF
 */
public record ReportModel(
    String language,
    String company,
    String referenceDate,
    String methodology,
    String priorityWeights,
    String engineVersion,
    List<FiliereRow> filieres,
    List<String> categories,
    Chart chart,
    Grid grid,
    List<ExposureRow> exposures,
    List<RecommendationGroup> recommendations,
    List<RegulationRow> regulations,
    List<RoadmapRow> roadmap,
    ScenarioView scenario,
    List<InputRow> inputs,
    List<String> referenceData,
    String solutionsAsOf,
    List<AlertRow> alerts,
    Summary summary) {

  /**
   * The one-page summary that opens the PDF, each line already a sentence in the reader's language.
   *
   * @param topFilieres the first supply chains of the ranking (at most {@value ReportModels#SUMMARY_FILIERES})
   * @param risks the alerts, then the risk reason of each top supply chain
   * @param obligations the regulations that apply, with the date they apply from
   * @param actions the first actions of the roadmap, with their due date
   */
  public record Summary(List<String> topFilieres, List<String> risks, List<String> obligations,
      List<String> actions) {}

  /** An alert: its kind, mineral and country named, what was found, and its source. */
  public record AlertRow(String kind, String filiere, String country, String text, String source) {}

  /** One filiere of the ranking. */
  public record FiliereRow(
      int rank,
      String material,
      String name,
      String mass,
      String spend,
      String priority,
      String risk,
      String originKnown,
      String refinerKnown,
      String recycled,
      List<String> reasons,
      List<String> components) {}

  /** A stacked bar per filiere (the priority's components) and the legend. */
  public record Chart(int width, int height, List<ChartRow> rows, List<LegendItem> legend) {}

  /** One bar: the label at {@code labelX}, the parts, the score after the last part. */
  public record ChartRow(int y, int textY, int labelX, String label, List<Bar> bars, String scoreX, String score) {}

  /** A part of a bar, with its tooltip. */
  public record Bar(String x, int y, String width, int height, String colour, String title) {}

  /** A legend entry. */
  public record LegendItem(int x, int y, int textX, int textY, String colour, String label) {}

  /** The exposure grid: column heads and a row of cells per filiere. */
  public record Grid(int width, int height, List<GridHead> heads, List<GridRow> rows) {}

  /** A column head of the grid. */
  public record GridHead(int x, String label) {}

  /** A grid row: the filiere label and its cells. */
  public record GridRow(int y, int textY, int labelX, String label, List<GridCell> cells) {}

  /**
   * A grid cell: a coloured rectangle with its text; for coverage cells a bar of {@code barWidth}
   * over a grey background ({@code barWidth} null for score cells).
   */
  public record GridCell(int x, int width, int height, String fill, String textX, String textColour, String text,
      String barWidth) {}

  /** A row of the exposure table. */
  public record ExposureRow(String filiere, String stage, List<ScoreCell> scores, String mass, String countryKnown,
      String countries, String hhi, String basis) {}

  /** A score cell: the text, its background and text colours ({@code null}: not scored). */
  public record ScoreCell(String text, String background, String colour) {}

  /** A group of recommendations: company-wide or one filiere's. */
  public record RecommendationGroup(String heading, List<RecommendationRow> rows) {}

  /** A recommendation. */
  public record RecommendationRow(boolean inPlace, String status, String kind, String title, String id,
      String horizon, String justification) {}

  /** A regulation. */
  public record RegulationRow(String name, String reference, String outcome, String appliesFrom, String minerals,
      List<String> reasons) {}

  /** A roadmap action. */
  public record RoadmapRow(int order, String phase, String due, String filiere, String title, String id,
      String justification) {}

  /** The scenario beside the baseline. */
  public record ScenarioView(String name, List<String> overrides, List<ScenarioRow> changes) {}

  /** One filiere, baseline and scenario. */
  public record ScenarioRow(String filiere, String baselineRisk, String scenarioRisk, String baselineScore,
      String scenarioScore, int baselineRank, int scenarioRank, String baselineRegulated, String scenarioRegulated,
      List<String> explanation) {}

  /** An input file. */
  public record InputRow(String role, String name, String sha256) {}
}
