package fr.vigie.engine.assessment.report;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.RiskCategory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The assessment as an Excel workbook, one sheet per section: Ranking, Exposure, Regulations,
 * Recommendations, Roadmap, Scenario (when given), Provenance. Numbers are numeric cells; sheet
 * names, column heads and texts are in the reader's language (the {@code report} bundle, the
 * assessment's texts through {@link ReportModels}).
 */
public final class XlsxReport {
  private XlsxReport() {}

  /** The sheets' keys, in order (Scenario only when the assessment has one): {@code report.sheet.<key>}. */
  public static final List<String> SHEET_KEYS =
      List.of("ranking", "exposure", "regulations", "recommendations", "roadmap", "scenario", "provenance");

  /** The sheet names in English, in order (Scenario only when the assessment has one). */
  public static final List<String> SHEETS =
      List.of("Ranking", "Exposure", "Regulations", "Recommendations", "Roadmap", "Scenario", "Provenance");

  /** The workbook in English. */
  public static void write(Assessment a, Path file) throws IOException {
    write(a, file, Messages.english());
  }

  /** The workbook in the language of {@code m}. */
  public static void write(Assessment a, Path file, Messages m) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);

      Sheet s = sheet(wb, bold, m, "ranking", "rank", "material", "filiere", "mass_kg", "spend_eur", "priority",
          "risk", "concentration", "origin_known", "refiner_known", "recycled", "regulations", "reasons");
      for (Filiere x : a.filieres()) {
        row(s, x.rank(), x.material(), ReportModels.mineral(m, x.material()), x.massKg(), x.spendEur(),
            x.priorityScore(), x.risk(), x.concentration(), x.originCoverage(), x.refinerCoverage(), x.recycledShare(),
            String.join(", ", x.regulations()), String.join("\n", ReportModels.reasons(x, m)));
      }

      List<String> head = new ArrayList<>(List.of("filiere", "stage", "mass_kg", "country_known"));
      List<String> categories = new ArrayList<>();
      for (RiskCategory c : RiskCategory.values()) {
        categories.add(m.get("report.category." + c.id()));
      }
      List<String> tail = List.of("score", "level", "hhi", "countries", "basis");
      List<String> labels = new ArrayList<>();
      head.forEach(h -> labels.add(m.get("report.col." + h)));
      labels.addAll(categories);
      tail.forEach(h -> labels.add(m.get("report.col." + h)));
      s = sheetWithLabels(wb, bold, m.get("report.sheet.exposure"), labels);
      for (Filiere x : a.filieres()) {
        for (StageExposure e : x.stages()) {
          List<Object> cells = new ArrayList<>(List.of(ReportModels.mineral(m, x.material()),
              m.get("report.stage." + e.stage().id()), e.massKg(), e.knownShare()));
          for (RiskCategory c : RiskCategory.values()) {
            cells.add(e.category(c).map(v -> (Object) v.score()).orElse(""));
          }
          cells.add(e.score());
          cells.add(m.get("report.level." + e.level().id()));
          cells.add(e.hhi().map(v -> (Object) v).orElse(""));
          cells.add(CountryShares.inline(m, e.countries()));
          cells.add(ReportModels.basis(e, m));
          row(s, cells.toArray());
        }
      }

      s = sheet(wb, bold, m, "regulations", "id", "text", "reference", "outcome", "applies_from", "minerals", "why",
          "as_of");
      for (var r : a.regulations()) {
        row(s, r.id().value(), ReportModels.name(r, m), ReportModels.reference(r, m), m.get("report.outcome." + r.outcome()),
            r.appliesFrom().map(Object::toString).orElse(""),
            String.join(", ", r.minerals().stream().map(x -> ReportModels.mineral(m, x)).toList()),
            String.join("\n", ReportModels.reasons(r, m)), r.asOf().toString());
      }

      s = sheet(wb, bold, m, "recommendations", "filiere", "kind", "id", "recommendation", "horizon", "due",
          "in_place", "justification");
      for (Recommendation r : a.companyObligations()) {
        recommendation(s, m, m.get("report.minerals.all"), r);
      }
      for (Filiere x : a.filieres()) {
        for (Recommendation r : x.recommendations()) {
          recommendation(s, m, ReportModels.mineral(m, x.material()), r);
        }
      }

      s = sheet(wb, bold, m, "roadmap", "order", "phase", "due", "filiere", "kind", "id", "action", "justification");
      for (var r : a.roadmap()) {
        row(s, r.order(), m.get("report.horizon." + r.phase().id()), r.dueDate().toString(),
            ReportModels.mineral(m, r.material()), m.get("report.kind." + r.kind().name().toLowerCase(Locale.ROOT)),
            r.id(), ReportModels.title(r, m), ReportModels.justification(r, m));
      }

      if (a.scenario().isPresent()) {
        var sc = a.scenario().get();
        s = sheetWithLabels(wb, bold, m.get("report.sheet.scenario"), List.of(m.get("report.col.filiere"),
            m.get("report.scenario.baseline_risk"), m.get("report.scenario.scenario_risk"),
            m.get("report.scenario.baseline_priority"), m.get("report.scenario.scenario_priority"),
            m.get("report.scenario.baseline_rank"), m.get("report.scenario.scenario_rank"),
            m.get("report.scenario.baseline_regulated"), m.get("report.scenario.scenario_regulated"),
            m.get("report.scenario.explanation")));
        for (var c : sc.changes()) {
          row(s, ReportModels.mineral(m, c.material()), c.baselineRisk(), c.scenarioRisk(), c.baselineScore(),
              c.scenarioScore(), c.baselineRank(), c.scenarioRank(), c.baselineRegulatedMassKg(),
              c.scenarioRegulatedMassKg(), String.join("\n", ReportModels.explanation(c, m)));
        }
        row(s);
        row(s, m.get("report.scenario.name"), sc.name());
        for (String o : ReportModels.overrides(sc, m)) {
          row(s, m.get("report.scenario.change"), o);
        }
      }

      var p = a.provenance();
      Sheet pr = sheet(wb, bold, m, "provenance", "item", "value", "sha256");
      row(pr, m.get("report.provenance.company"), a.company());
      row(pr, m.get("report.provenance.reference_date"), p.referenceDate().toString());
      row(pr, m.get("report.provenance.methodology"), p.methodology());
      row(pr, m.get("report.provenance.priority_weights"), p.priorityWeights());
      row(pr, m.get("report.provenance.engine"), p.engineVersion());
      row(pr, m.get("report.provenance.solutions_as_of"), ReportModels.date(m, p.solutionsAsOf()));
      p.inputs().forEach(i -> row(pr, m.get("report.input." + i.role()), i.name(), i.sha256()));
      ReportModels.referenceData(p, m).forEach(r -> row(pr, m.get("report.provenance.reference_data"), r));
      wb.write(out);
    }
  }

  private static void recommendation(Sheet s, Messages m, String filiere, Recommendation r) {
    row(s, filiere, m.get("report.kind." + r.kind().name().toLowerCase(Locale.ROOT)), r.id(),
        ReportModels.title(r, m), m.get("report.horizon." + r.horizon().id()),
        r.dueDate().map(Object::toString).orElse(""), m.get(r.inPlace() ? "report.yes" : "report.no"),
        ReportModels.justification(r, m));
  }

  /** A sheet named from {@code report.sheet.<key>} with the heads {@code report.col.<head>}. */
  private static Sheet sheet(XSSFWorkbook wb, CellStyle bold, Messages m, String key, String... heads) {
    List<String> labels = new ArrayList<>();
    for (String h : heads) {
      labels.add(m.get("report.col." + h));
    }
    return sheetWithLabels(wb, bold, m.get("report.sheet." + key), labels);
  }

  private static Sheet sheetWithLabels(XSSFWorkbook wb, CellStyle bold, String name, List<String> headers) {
    Sheet s = wb.createSheet(name);
    Row r = s.createRow(0);
    for (int i = 0; i < headers.size(); i++) {
      var c = r.createCell(i);
      c.setCellValue(headers.get(i));
      c.setCellStyle(bold);
    }
    s.createFreezePane(0, 1);
    return s;
  }

  private static void row(Sheet s, Object... values) {
    Row r = s.createRow(s.getLastRowNum() + 1);
    for (int i = 0; i < values.length; i++) {
      var c = r.createCell(i);
      switch (values[i]) {
        case Number n -> c.setCellValue(n.doubleValue());
        case null -> c.setBlank();
        default -> {
          String t = values[i].toString();
          c.setCellValue(t.length() > 32_000 ? t.substring(0, 32_000) : t);
        }
      }
    }
  }
}
