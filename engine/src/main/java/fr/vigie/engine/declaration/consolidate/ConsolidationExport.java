package fr.vigie.engine.declaration.consolidate;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.io.Csv;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Consolidation} as {@code .csv}, {@code .json} or {@code .xlsx} (chosen by the file
 * extension). The file is written to a temporary sibling and moved into place, so nothing
 * half-written stays on failure. Names come from supplier files: CSV cells that a spreadsheet would
 * run as a formula get a leading quote ({@link Csv#spreadsheetSafe}); XLSX cells are typed strings,
 * which a spreadsheet shows as text.
 */
public final class ConsolidationExport {
  private ConsolidationExport() {}

  static final List<String> COLUMNS =
      List.of("metal", "smelter_id", "name", "country", "supplier_count", "suppliers", "rows", "known");

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  public static void write(Consolidation c, Path out) {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    Path tmp = out.resolveSibling(out.getFileName() + ".part");
    try {
      if (name.endsWith(".csv")) {
        Files.writeString(tmp, csv(c), StandardCharsets.UTF_8);
      } else if (name.endsWith(".json")) {
        Files.writeString(tmp, json(c), StandardCharsets.UTF_8);
      } else if (name.endsWith(".xlsx")) {
        xlsx(c, tmp);
      } else {
        throw new ProblemException(Problem.error("declaration.export_format", ".xlsx, .csv, .json").at(out.toString(), null));
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new ProblemException(Problem.error("declaration.export_unwritable", FileReason.of(out, e)).at(out.toString(), null), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // best effort
      }
    }
  }

  private static List<String> row(ConsolidatedSmelter s) {
    return List.of(s.metal().value(), s.smelterId().orElse(""), s.name(), s.country().orElse(""),
        Integer.toString(s.suppliers().size()), String.join("; ", s.suppliers()), Integer.toString(s.rows()),
        Boolean.toString(s.known()));
  }

  public static String csv(Consolidation c) {
    StringBuilder sb = new StringBuilder(Csv.line(COLUMNS));
    for (ConsolidatedSmelter s : c.smelters()) {
      sb.append(Csv.spreadsheetSafeLine(row(s)));
    }
    return sb.toString();
  }

  /** The JSON document: smelters, per-metal country shares, unidentified rows, file counts. */
  public static Map<String, Object> document(Consolidation c) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("files", c.files());
    doc.put("rejected_files", c.rejectedFiles());
    List<Map<String, Object>> smelters = new ArrayList<>();
    for (ConsolidatedSmelter s : c.smelters()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("metal", s.metal().value());
      m.put("smelter_id", s.smelterId().orElse(null));
      m.put("name", s.name());
      m.put("country", s.country().orElse(null));
      m.put("suppliers", s.suppliers());
      m.put("rows", s.rows());
      m.put("known", s.known());
      smelters.add(m);
    }
    doc.put("smelters", smelters);
    Map<String, Object> countries = new LinkedHashMap<>();
    for (Map.Entry<MineralId, List<CountryShare>> e : c.smelterCountriesByMetal().entrySet()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (CountryShare s : e.getValue()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("country", s.country());
        m.put("smelters", s.smelters());
        m.put("share", Math.round(s.share() * 10000) / 10000.0);
        list.add(m);
      }
      countries.put(e.getKey().value(), list);
    }
    doc.put("smelter_countries_by_metal", countries);
    Map<String, Object> unidentified = new LinkedHashMap<>();
    c.unidentifiedRows().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> unidentified.put(e.getKey().value(), e.getValue()));
    doc.put("unidentified_rows_by_metal", unidentified);
    return doc;
  }

  public static String json(Consolidation c) {
    return JSON.writeValueAsString(document(c));
  }

  private static void xlsx(Consolidation c, Path out) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream os = Files.newOutputStream(out)) {
      Sheet s = wb.createSheet("Smelters");
      int r = 0;
      write(s.createRow(r++), COLUMNS);
      for (ConsolidatedSmelter cs : c.smelters()) {
        Row row = s.createRow(r++);
        List<String> v = row(cs);
        for (int i = 0; i < v.size(); i++) {
          if (i == 4 || i == 6) {
            row.createCell(i).setCellValue(Integer.parseInt(v.get(i)));
          } else {
            row.createCell(i).setCellValue(v.get(i));
          }
        }
      }
      Sheet cs = wb.createSheet("Countries by metal");
      r = 0;
      write(cs.createRow(r++), List.of("metal", "country", "smelters", "share"));
      for (Map.Entry<MineralId, List<CountryShare>> e : c.smelterCountriesByMetal().entrySet()) {
        for (CountryShare sh : e.getValue()) {
          Row row = cs.createRow(r++);
          row.createCell(0).setCellValue(e.getKey().value());
          row.createCell(1).setCellValue(sh.country());
          row.createCell(2).setCellValue(sh.smelters());
          row.createCell(3).setCellValue(sh.share());
        }
      }
      wb.write(os);
    }
  }

  private static void write(Row row, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      row.createCell(i).setCellValue(values.get(i));
    }
  }
}
