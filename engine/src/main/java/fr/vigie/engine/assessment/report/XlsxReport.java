package fr.vigie.engine.assessment.report;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.StageExposure;
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
 * Recommendations, Roadmap, Scenario (when given), Provenance. Numbers are numeric cells.
 */
public final class XlsxReport {
  private XlsxReport() {}

  /** The sheet names, in order (Scenario only when the assessment has one). */
  public static final List<String> SHEETS =
      List.of("Ranking", "Exposure", "Regulations", "Recommendations", "Roadmap", "Scenario", "Provenance");

  public static void write(Assessment a, Path file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);

      Sheet s = sheet(wb, bold, "Ranking", "rank", "material", "name", "mass_kg", "spend_eur", "priority_score",
          "risk", "concentration", "origin_coverage", "refiner_coverage", "recycled_share", "regulations", "reasons");
      for (Filiere x : a.filieres()) {
        row(s, x.rank(), x.material(), x.name(), x.massKg(), x.spendEur(), x.priorityScore(), x.risk(),
            x.concentration(), x.originCoverage(), x.refinerCoverage(), x.recycledShare(),
            String.join(", ", x.regulations()), String.join("\n", x.reasons()));
      }

      List<String> head = new ArrayList<>(List.of("material", "stage", "mass_kg", "known_share"));
      for (RiskCategory c : RiskCategory.values()) {
        head.add(c.id());
      }
      head.addAll(List.of("score", "level", "hhi", "countries", "basis"));
      s = sheet(wb, bold, "Exposure", head.toArray(String[]::new));
      for (Filiere x : a.filieres()) {
        for (StageExposure e : x.stages()) {
          List<Object> cells = new ArrayList<>(List.of(x.material(), e.stage().id(), e.massKg(), e.knownShare()));
          for (RiskCategory c : RiskCategory.values()) {
            cells.add(e.category(c).map(v -> (Object) v.score()).orElse(""));
          }
          cells.add(e.score());
          cells.add(e.level().id());
          cells.add(e.hhi().map(v -> (Object) v).orElse(""));
          cells.add(String.join(", ", e.countries().stream()
              .map(c -> c.country() + " " + String.format(Locale.ROOT, "%.3f", c.share())).toList()));
          cells.add(e.basis());
          row(s, cells.toArray());
        }
      }

      s = sheet(wb, bold, "Regulations", "id", "name", "reference", "outcome", "applies_from", "minerals", "reasons", "as_of");
      for (var r : a.regulations()) {
        row(s, r.id(), r.name(), r.reference(), r.outcome(), r.appliesFrom().map(Object::toString).orElse(""),
            String.join(", ", r.minerals()), String.join("\n", r.reasons()), r.asOf().toString());
      }

      s = sheet(wb, bold, "Recommendations", "material", "kind", "id", "title", "horizon", "due_date", "in_place",
          "justification");
      for (Recommendation r : a.companyObligations()) {
        recommendation(s, "all", r);
      }
      for (Filiere x : a.filieres()) {
        for (Recommendation r : x.recommendations()) {
          recommendation(s, x.material(), r);
        }
      }

      s = sheet(wb, bold, "Roadmap", "order", "phase", "due_date", "material", "kind", "id", "title", "justification");
      for (var r : a.roadmap()) {
        row(s, r.order(), r.phase().id(), r.dueDate().toString(), r.material(), r.kind().name().toLowerCase(Locale.ROOT),
            r.id(), r.title(), r.justification());
      }

      if (a.scenario().isPresent()) {
        var sc = a.scenario().get();
        s = sheet(wb, bold, "Scenario", "material", "baseline_risk", "scenario_risk", "baseline_score",
            "scenario_score", "baseline_rank", "scenario_rank", "baseline_regulated_mass_kg",
            "scenario_regulated_mass_kg", "explanation");
        for (var c : sc.changes()) {
          row(s, c.material(), c.baselineRisk(), c.scenarioRisk(), c.baselineScore(), c.scenarioScore(),
              c.baselineRank(), c.scenarioRank(), c.baselineRegulatedMassKg(), c.scenarioRegulatedMassKg(),
              String.join("\n", c.explanation()));
        }
        row(s);
        row(s, "scenario", sc.name());
        for (String o : sc.overrides()) {
          row(s, "change", o);
        }
      }

      var p = a.provenance();
      Sheet pr = sheet(wb, bold, "Provenance", "item", "value", "sha256");
      row(pr, "company", a.company());
      row(pr, "reference_date", p.referenceDate().toString());
      row(pr, "methodology", p.methodology());
      row(pr, "priority_weights", p.priorityWeights());
      row(pr, "engine", p.engineVersion());
      row(pr, "solutions_as_of", p.solutionsAsOf());
      p.inputs().forEach(i -> row(pr, i.role(), i.name(), i.sha256()));
      p.referenceData().forEach(r -> row(pr, "reference_data", r));
      wb.write(out);
    }
  }

  private static void recommendation(Sheet s, String material, Recommendation r) {
    row(s, material, r.kind().name().toLowerCase(Locale.ROOT), r.id(), r.title(), r.horizon().id(),
        r.dueDate().map(Object::toString).orElse(""), r.inPlace() ? "yes" : "no", r.justification());
  }

  private static Sheet sheet(XSSFWorkbook wb, CellStyle bold, String name, String... headers) {
    Sheet s = wb.createSheet(name);
    Row r = s.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      var c = r.createCell(i);
      c.setCellValue(headers[i]);
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
